// Prints the entries of a NuGet package (a zip), one a line, or with a second argument the text of that entry:
// .ci/run checks what the package holds with nothing but the .NET SDK.
using System.IO.Compression;

using var archive = ZipFile.OpenRead(args[0]);
if (args.Length > 1)
{
    var entry = archive.GetEntry(args[1]) ?? throw new FileNotFoundException($"the package has no entry {args[1]}");
    using var reader = new StreamReader(entry.Open());
    Console.Write(reader.ReadToEnd());
    return;
}

foreach (var entry in archive.Entries)
{
    Console.WriteLine(entry.FullName);
}
