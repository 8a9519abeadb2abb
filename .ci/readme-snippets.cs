// Turns the ```csharp blocks of Markdown files into a project that compiles them against the packed package:
//
//   dotnet run --file .ci/readme-snippets.cs -- <output folder> README.md docs/package-readme.md
//
// How a snippet becomes code:
// - Each block is the body of its own method, `Run`, of its own class, so blocks may reuse variable names.
// - A block's leading `using` directives go to the top of its file, together with those of every earlier block of
//   the same document: the document is a tour read from the top.
// - The variables a block takes as given (an account loaded earlier, an organization, a store) are declared in an
//   HTML comment on the line before the block, as the method's parameters, separated by semicolons:
//     <!-- snippet-context: AccountId accountId; Organization familyOrganization -->
//   A block with no such comment must stand on its own.
// - A block that awaits becomes an `async Task` method.
// - `#line` directives map the code back to the Markdown file, so an error points at the document's own line.
// The project targets net8.0 with C# 12 and references the Infomaniak.Domain package pinned in
// Directory.Packages.props; .ci/run builds it with warnings as errors, so a snippet that drops a refusal (IMD0001)
// fails as surely as one that does not compile.
using System.Text;
using System.Text.RegularExpressions;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: readme-snippets.cs <output folder> <markdown file>...");
    return 2;
}

var output = Path.GetFullPath(args[0]);
if (Directory.Exists(output))
{
    Directory.Delete(output, recursive: true);
}

Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "ReadmeSnippets.csproj"), """
    <Project Sdk="Microsoft.NET.Sdk">

      <!-- Written by .ci/readme-snippets.cs: the C# snippets of the documentation, compiled against the packed
           package on .NET 8 with C# 12. -->
      <PropertyGroup>
        <TargetFramework>net8.0</TargetFramework>
        <LangVersion>12</LangVersion>
        <OutputType>Library</OutputType>
        <IsPackable>false</IsPackable>
        <GenerateDocumentationFile>false</GenerateDocumentationFile>
        <!-- IDE0005: a snippet's file also holds the usings of the blocks before it, which it may not need. -->
        <NoWarn>$(NoWarn);IDE0005</NoWarn>
      </PropertyGroup>

      <ItemGroup>
        <PackageReference Include="Infomaniak.Domain" />
      </ItemGroup>

    </Project>

    """);

var fence = new Regex(@"^```csharp\s*$");
var context = new Regex(@"^<!--\s*snippet-context:(?<parameters>.*)-->\s*$");
var usingDirective = new Regex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>, ]+)?\s*;\s*$");
var count = 0;
foreach (var document in args.Skip(1))
{
    var lines = File.ReadAllLines(document);
    var source = Path.GetFullPath(document);
    var prefix = string.Concat(Regex.Split(Path.GetFileNameWithoutExtension(document), "[^A-Za-z0-9]+")
        .Where(word => word.Length > 0)
        .Select(word => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));
    var usings = new List<(int Line, string Text)>();
    var number = 0;
    for (var i = 0; i < lines.Length; i++)
    {
        if (!fence.IsMatch(lines[i]))
        {
            continue;
        }

        var start = i + 1;
        var end = start;
        while (end < lines.Length && lines[end].Trim() != "```")
        {
            end++;
        }

        var given = "";
        var previous = i - 1;
        while (previous >= 0 && lines[previous].Trim().Length == 0)
        {
            previous--;
        }

        if (previous >= 0 && context.Match(lines[previous].Trim()) is { Success: true } declared)
        {
            given = string.Join(", ", declared.Groups["parameters"].Value.Split(';')
                .Select(parameter => parameter.Trim())
                .Where(parameter => parameter.Length > 0));
        }

        var body = start;
        while (body < end && (lines[body].Trim().Length == 0 || usingDirective.IsMatch(lines[body].Trim())))
        {
            if (lines[body].Trim().Length > 0 && usings.All(known => known.Text != lines[body].Trim()))
            {
                usings.Add((body + 1, lines[body].Trim()));
            }

            body++;
        }

        number++;
        var name = $"{prefix}Snippet{number:00}";
        var code = new StringBuilder();
        foreach (var (line, text) in usings)
        {
            code.AppendLine($"#line {line} \"{source}\"").AppendLine(text);
        }

        var awaits = Enumerable.Range(body, end - body).Any(line => Regex.IsMatch(lines[line], @"\bawait\b"));
        code.AppendLine("#line default")
            .AppendLine($"// {document}, the block on line {start}.")
            .AppendLine($"internal static class {name}")
            .AppendLine("{")
            .AppendLine($"    internal static {(awaits ? "async Task" : "void")} Run({given})")
            .AppendLine("    {")
            .AppendLine($"#line {body + 1} \"{source}\"");
        for (var line = body; line < end; line++)
        {
            code.AppendLine(lines[line]);
        }

        code.AppendLine("#line default").AppendLine("    }").AppendLine("}");
        File.WriteAllText(Path.Combine(output, name + ".cs"), code.ToString());
        Console.WriteLine($"{document}:{start}: {name}({given})");
        count++;
        i = end;
    }
}

if (count == 0)
{
    Console.Error.WriteLine("no ```csharp block found");
    return 1;
}

return 0;
