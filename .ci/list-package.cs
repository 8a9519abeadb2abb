// Prints the entries of a NuGet package (a zip), one a line: .ci/run checks what the package holds
// with nothing but the .NET SDK.
using System.IO.Compression;

using var archive = ZipFile.OpenRead(args[0]);
foreach (var entry in archive.Entries)
{
    Console.WriteLine(entry.FullName);
}
