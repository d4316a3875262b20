namespace Platform.Contracts.Forms.Expressions;

/// <summary>A problem in an expression, with where it is.</summary>
/// <param name="Line">Line, from 1.</param>
/// <param name="Column">Column, from 1.</param>
/// <param name="Message">What is wrong.</param>
public sealed record ExpressionError(int Line, int Column, string Message);
