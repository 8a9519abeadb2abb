#!/usr/bin/env bash
# Records every public symbol the build reports as undeclared (RS0016) in PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Run it after a deliberate change to the
# public surface, then review the diff of the PublicAPI files: that diff is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/Infomaniak.Domain
unshipped=$project/PublicAPI.Unshipped.txt
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary >"$log" 2>&1 || true
python3 - "$log" "$unshipped" <<'PY'
import re, sys
log, path = sys.argv[1], sys.argv[2]
text = open(log, encoding="utf-8").read()
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but", text))
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
header = [l for l in lines if l.startswith("#")]
body = {l for l in lines if l and not l.startswith("#")}
body = (body | added) - removed
open(path, "w", encoding="utf-8").write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").removeprefix("static ").removeprefix("override ").removeprefix("abstract ").removeprefix("virtual ").removeprefix("const ").removeprefix("readonly "))) + "\n")
print(f"public API: {len(added)} added, {len(removed)} removed")
PY
