#!/usr/bin/env bash
# Records every public symbol the build reports as undeclared (RS0016) in PublicAPI.Unshipped.txt,
# and drops declared symbols that no longer exist (RS0017). Run it after a deliberate change to the
# public surface, then review the diff of the PublicAPI files: that diff is the API change.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Both packages track their public API; the EF Core package builds the main one first.
for project in src/Infomaniak.Domain src/Infomaniak.Domain.EntityFrameworkCore; do
unshipped=$project/PublicAPI.Unshipped.txt
# A rebuild of the project alone, so that its warnings are reported even when nothing changed.
dotnet build "$project" -c Release --no-incremental --no-dependencies -p:TreatWarningsAsErrors=false -nologo -clp:NoSummary >"$log" 2>&1 || true
python3 - "$log" "$unshipped" "$project" <<'PY'
import re, sys
log, path, project = sys.argv[1], sys.argv[2], sys.argv[3]
name = project.rsplit("/", 1)[-1]
lines_of_project = [l for l in open(log, encoding="utf-8") if re.search(rf"/{re.escape(name)}\.csproj(::[^\]]*)?\]$", l.rstrip())]
text = "".join(lines_of_project)
added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but", text))
lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
header = [l for l in lines if l.startswith("#")]
body = {l for l in lines if l and not l.startswith("#")}
body = (body | added) - removed
open(path, "w", encoding="utf-8").write("\n".join(header + sorted(body, key=lambda s: s.lstrip("~").removeprefix("static ").removeprefix("override ").removeprefix("abstract ").removeprefix("virtual ").removeprefix("const ").removeprefix("readonly "))) + "\n")
print(f"public API of {name}: {len(added)} added, {len(removed)} removed")
PY
done
