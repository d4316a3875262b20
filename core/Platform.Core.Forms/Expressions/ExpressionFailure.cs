namespace Platform.Core.Forms.Expressions;

/// <summary>Raised by a built-in function on bad input; becomes <c>expression.failed</c>.</summary>
internal sealed class ExpressionFailure(string message) : Exception(message);
