using System.Collections.Immutable;
using Infomaniak.Domain.Common;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Infomaniak.Domain.Analyzers.Tests;

/// <summary>
/// Runs <see cref="DiscardedRefusalAnalyzer"/> over a consumer's source compiled against the real OneOf and
/// Infomaniak.Domain assemblies and the running framework's own assemblies, so no reference package is fetched.
/// </summary>
internal static class AnalyzerTest
{
    /// <summary>What every test source starts with: the refusals and results the calls under test return.</summary>
    public const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Infomaniak.Domain.Common;
        using OneOf;
        using OneOf.Types;

        public sealed record Closed : Refusal
        {
            public override string Message => "The bakery is closed.";
        }

        public abstract record StockRefusal : Refusal;

        public sealed record SoldOut : StockRefusal
        {
            public override string Message => "Sold out.";
        }

        public sealed class OpenResult : OneOfBase<Success, Closed>
        {
            public OpenResult(OneOf<Success, Closed> input) : base(input) { }
        }

        public sealed class Bakery
        {
            public OneOf<Success, Closed> AddProduct(int product) => new Success();
            public OneOf<int, SoldOut> Sell(int product) => 1;
            public OneOf<Success, Refusal> Anything() => new Success();
            public OpenResult Open() => new(new Success());
            public OneOf<T, Closed> Bake<T>(T bread) => bread;
            public static OneOf<Bakery, Closed> Found(string name) => new Bakery();
            public Task<OneOf<Success, Closed>> AddProductAsync(int product) => Task.FromResult(AddProduct(product));
            public ValueTask<OneOf<Success, Closed>> CloseAsync() => new(new Success());
            public OneOf<int, string> Count() => 1;
            public void Sweep() { }
            public Bakery? Next { get; set; }
        }

        public static class BakeryExtensions
        {
            public static OneOf<Success, Closed> Restock(this Bakery bakery, int product) => new Success();
            public static OneOf<Success, TRefusal> Refuse<TRefusal>(this Bakery bakery, TRefusal refusal) where TRefusal : Refusal => refusal;
        }

        """;

    private static readonly ImmutableArray<MetadataReference> References = FrameworkAndLibraryReferences();

    /// <summary>Checks that <paramref name="body"/>, placed in a method of a consumer class, gets exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string body, params DiagnosticResult[] expected) =>
        VerifySourceAsync(Prelude + "public static class Consumer\n{\n" + body + "\n}\n", expected);

    /// <summary>Checks that the whole <paramref name="source"/> gets exactly <paramref name="expected"/>.</summary>
    public static async Task VerifySourceAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<DiscardedRefusalAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(References);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>IMD0001 at the markup location <c>{|#n:...|}</c>, naming <paramref name="method"/>.</summary>
    public static DiagnosticResult Discarded(int location, string method) =>
        new DiagnosticResult(DiscardedRefusalAnalyzer.DiagnosticId, DiagnosticSeverity.Warning)
            .WithLocation(location)
            .WithArguments(method);

    private static ImmutableArray<MetadataReference> FrameworkAndLibraryReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == framework)
            .Append(typeof(OneOf.OneOf<,>).Assembly.Location)
            .Append(typeof(Refusal).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
