using static Infomaniak.Domain.Analyzers.Tests.AnalyzerTest;

namespace Infomaniak.Domain.Analyzers.Tests;

[Trait("Rule", "IMD0001")]
public class DiscardedRefusalAnalyzerTests
{
    private static readonly string[] OtherCases = ["int", "string", "long", "bool", "double", "char", "byte", "short"];

    public static TheoryData<int, int> ShapesOfInlineResults()
    {
        var shapes = new TheoryData<int, int>();
        for (var arity = 1; arity <= 9; arity++)
        {
            shapes.Add(arity, arity - 1);
            if (arity > 1)
            {
                shapes.Add(arity, 0);
            }
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(ShapesOfInlineResults))]
    public async Task ADiscardedInlineResult_WithARefusalCase_Warns(int arity, int refusalPosition)
    {
        var cases = Enumerable.Range(0, arity)
            .Select(position => position == refusalPosition ? "Closed" : OtherCases[position % OtherCases.Length]);
        await VerifyAsync($$"""
                public static OneOf<{{string.Join(", ", cases)}}> Order() => default;

                public static void Run()
                {
                    {|#0:Order()|};
                }
            """,
            Discarded(0, "Consumer.Order"));
    }

    [Fact]
    public async Task ADiscardedCall_NamesTheMethod_ForInstanceStaticExtensionAndGenericMethods()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery)
                {
                    {|#0:bakery.AddProduct(1)|};
                    {|#1:Bakery.Found("Boulangerie du Lac")|};
                    {|#2:bakery.Restock(1)|};
                    {|#3:bakery.Bake<string>("pain")|};
                    {|#4:bakery.Bake(42)|};
                }
            """,
            Discarded(0, "Bakery.AddProduct"),
            Discarded(1, "Bakery.Found"),
            Discarded(2, "BakeryExtensions.Restock"),
            Discarded(3, "Bakery.Bake"),
            Discarded(4, "Bakery.Bake"));
    }

    [Fact]
    public async Task ARefusalCase_CountsThroughAnyDepthOfInheritance_AndAsTheRefusalBaseItself()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery)
                {
                    {|#0:bakery.Sell(1)|};
                    {|#1:bakery.Anything()|};
                }
            """,
            Discarded(0, "Bakery.Sell"),
            Discarded(1, "Bakery.Anything"));
    }

    [Fact]
    public async Task ADiscardedResultDerivingFromOneOfBase_Warns()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery)
                {
                    {|#0:bakery.Open()|};
                }
            """,
            Discarded(0, "Bakery.Open"));
    }

    [Fact]
    public async Task ARefusalCaseGivenAsATypeParameter_ConstrainedToRefusal_Warns()
    {
        await VerifyAsync("""
                public static void Run<TRefusal>(Bakery bakery, TRefusal refusal) where TRefusal : Refusal
                {
                    {|#0:bakery.Refuse(refusal)|};
                }
            """,
            Discarded(0, "BakeryExtensions.Refuse"));
    }

    [Fact]
    public async Task AnAwaitedResult_ThatIsDiscarded_Warns_AlsoThroughConfigureAwait()
    {
        await VerifyAsync("""
                public static async Task Run(Bakery bakery)
                {
                    {|#0:await bakery.AddProductAsync(1)|};
                    {|#1:await bakery.CloseAsync()|};
                    {|#2:await bakery.AddProductAsync(2).ConfigureAwait(false)|};
                }
            """,
            Discarded(0, "Bakery.AddProductAsync"),
            Discarded(1, "Bakery.CloseAsync"),
            Discarded(2, "Bakery.AddProductAsync"));
    }

    [Fact]
    public async Task ANullConditionalCall_ADelegateCall_AndALambdaThatDropsTheResult_Warn()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery, Func<OneOf<Success, Closed>> addBread)
                {
                    {|#0:bakery.Next?.AddProduct(1)|};
                    {|#1:addBread()|};
                    Action addCake = () => {|#2:bakery.AddProduct(2)|};
                    addCake();
                }
            """,
            Discarded(0, "Bakery.AddProduct"),
            Discarded(1, "addBread"),
            Discarded(2, "Bakery.AddProduct"));
    }

    [Fact]
    public async Task AResultThatIsUsed_OrDiscardedOnPurpose_IsSilent()
    {
        await VerifyAsync("""
                public static OneOf<Success, Closed> Run(Bakery bakery, List<OneOf<Success, Closed>> results)
                {
                    var assigned = bakery.AddProduct(1);
                    OneOf<Success, Closed> declared;
                    declared = bakery.AddProduct(2);
                    _ = bakery.AddProduct(3);
                    results.Add(bakery.AddProduct(4));
                    Console.WriteLine(bakery.AddProduct(5).IsT0 ? assigned : declared);
                    var found = bakery.AddProduct(6).IsT0 && bakery.Sell(7).IsT0;
                    return bakery.AddProduct(8);
                }

                public static OneOf<Success, Closed> Expression(Bakery bakery) => bakery.AddProduct(1);

                public static async Task<OneOf<Success, Closed>> Awaited(Bakery bakery)
                {
                    var added = await bakery.AddProductAsync(1);
                    _ = await bakery.CloseAsync();
                    return await bakery.AddProductAsync(2);
                }

                public static Func<OneOf<Success, Closed>> Deferred(Bakery bakery) => () => bakery.AddProduct(1);
            """);
    }

    [Fact]
    public async Task AResultHandledByAChainedMatchSwitchOrGetValueOrThrow_IsSilent()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery)
                {
                    bakery.AddProduct(1).Switch(_ => { }, closed => Console.WriteLine(closed.Message));
                    var text = bakery.AddProduct(2).Match(_ => "added", closed => closed.Message);
                    bakery.Open().Switch(_ => { }, closed => Console.WriteLine(closed.Message));
                    bakery.AddProduct(3).GetValueOrThrow();
                    if (!bakery.Sell(4).TryGetValue(out var sold, out var refusal))
                    {
                        Console.WriteLine(refusal.Message);
                    }
                }
            """);
    }

    [Fact]
    public async Task AResultWithoutARefusalCase_AVoidMethod_AndANonCall_AreSilent()
    {
        await VerifyAsync("""
                public static void Run(Bakery bakery, Task<OneOf<Success, Closed>> pending)
                {
                    bakery.Count();
                    bakery.Sweep();
                    bakery.AddProductAsync(1).Wait();
                    new Bakery();
                }

                public static async Task Later(Task<OneOf<Success, Closed>> pending) => await pending;
            """);
    }

    [Fact]
    public async Task ACaseNamedRefusal_FromAnotherNamespace_DoesNotCount()
    {
        await VerifySourceAsync("""
            using OneOf;
            using OneOf.Types;

            namespace Elsewhere
            {
                public abstract record Refusal;

                public sealed record Late : Refusal;

                public static class Shop
                {
                    public static OneOf<Success, Late> Deliver() => new Success();

                    public static void Run() => Deliver();
                }
            }
            """);
    }
}
