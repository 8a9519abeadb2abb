using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Infomaniak.Domain.Analyzers;

/// <summary>
/// IMD0001: the result of a call that can be a refusal is dropped by an expression statement
/// (<c>bakery.AddProduct(owner, site);</c>), so a refusal would go unnoticed.
/// </summary>
/// <remarks>
/// A result "can be a refusal" when its type is <c>OneOf.OneOf&lt;...&gt;</c> or derives from
/// <c>OneOf.OneOfBase&lt;...&gt;</c> and one of its cases derives from <c>Infomaniak.Domain.Common.Refusal</c>. The
/// analyzer is silent wherever the result is used: assigned, matched, returned, passed on, or discarded on purpose
/// with <c>_ = ...</c>.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedRefusalAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's ID, the one <c>.editorconfig</c> names to change its severity.</summary>
    public const string DiagnosticId = "IMD0001";

    private const string RefusalMetadataName = "Infomaniak.Domain.Common.Refusal";

    private static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        title: "A result that can be a refusal is discarded",
        messageFormat: "The result of '{0}' can be a refusal and is discarded: handle it, or discard it explicitly with '_ ='",
        category: "Reliability",
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An operation of Infomaniak.Domain that a business rule can forbid returns its refusal as a value, not an exception. A call whose result is dropped ignores that refusal silently: the caller goes on as if the operation had happened.",
        helpLinkUri: "https://github.com/infomaniak-domain/Infomaniak.Domain/blob/main/docs/analyzers/IMD0001.md");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var refusal = start.Compilation.GetTypeByMetadataName(RefusalMetadataName);
            if (refusal is not null)
            {
                start.RegisterOperationAction(
                    operation => AnalyzeStatement(operation, refusal),
                    OperationKind.ExpressionStatement);
            }
        });
    }

    private static void AnalyzeStatement(OperationAnalysisContext context, INamedTypeSymbol refusal)
    {
        var discarded = ((IExpressionStatementOperation)context.Operation).Operation;
        var (call, result) = discarded is IAwaitOperation awaited
            ? (CallIn(awaited.Operation), awaited.Type)
            : (CallIn(discarded), CallIn(discarded)?.Type);
        if (call is not null && CanRefuse(result, refusal))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, discarded.Syntax.GetLocation(), NameOf(call)));
        }
    }

    /// <summary>
    /// The call whose result an operation is: the call itself, the call behind a null-conditional access
    /// (<c>a?.B()</c>), or the awaited call behind <c>ConfigureAwait</c>.
    /// </summary>
    private static IInvocationOperation? CallIn(IOperation operation)
    {
        switch (operation)
        {
            case IConditionalAccessOperation conditional:
                return CallIn(conditional.WhenNotNull);
            case IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } awaitable } configured
                when configured.TargetMethod.ContainingNamespace.ToDisplayString() == "System.Threading.Tasks":
                return CallIn(awaitable);
            case IInvocationOperation invocation:
                return invocation;
            default:
                return null;
        }
    }

    private static bool CanRefuse(ITypeSymbol? type, INamedTypeSymbol refusal)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (IsOneOf(current))
            {
                return current.TypeArguments.Any(argument => IsRefusal(argument, refusal));
            }
        }

        return false;
    }

    private static bool IsOneOf(INamedTypeSymbol type) =>
        type.IsGenericType
        && type.Name is "OneOf" or "OneOfBase"
        && type.ContainingNamespace is { Name: "OneOf", ContainingNamespace.IsGlobalNamespace: true };

    private static bool IsRefusal(ITypeSymbol type, INamedTypeSymbol refusal)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            return parameter.ConstraintTypes.Any(constraint => IsRefusal(constraint, refusal));
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, refusal))
            {
                return true;
            }
        }

        return false;
    }

    private static string NameOf(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        return method.MethodKind == MethodKind.DelegateInvoke && call.Instance is { } callee
            ? callee.Syntax.ToString()
            : $"{method.ContainingType.Name}.{method.Name}";
    }
}
