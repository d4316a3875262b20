using Platform.Contracts.Forms.Expressions;

namespace Platform.Core.Forms.Expressions;

/// <summary>The checker's verdict: problems (empty when sound) and the free names the expression reads.</summary>
/// <param name="Errors">Problems with their positions.</param>
/// <param name="FreeNames">Names that are neither functions nor arrow parameters; they must be fields or variables.</param>
internal sealed record CheckedExpression(IReadOnlyList<ExpressionError> Errors, IReadOnlyList<FreeName> FreeNames);
