using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Expressions;

namespace Platform.Core.Forms.Expressions;

/// <summary>The three ways an expression fails, as platform errors.</summary>
internal static class ExpressionFailures
{
    /// <summary>Code of a syntax or checking failure.</summary>
    public const string Invalid = "expression.invalid";

    /// <summary>Code of a failure while running (unknown name, type error, not a number).</summary>
    public const string Failed = "expression.failed";

    /// <summary>Code of a sandbox limit being hit (time, statements, memory, recursion).</summary>
    public const string LimitExceeded = "expression.limit_exceeded";

    /// <summary>An expression that does not pass the checker; one field error per problem, with its position.</summary>
    public static PlatformException InvalidExpression(IReadOnlyList<ExpressionError> errors)
    {
        var first = errors[0];
        return new PlatformException(
            Invalid,
            $"The expression is not valid: {Describe(first)}.",
            ErrorKind.Validation,
            errors.Select(e => new FieldError("expression", "syntax", Describe(e))));
    }

    /// <summary>A run-time failure.</summary>
    public static PlatformException FailedExpression(string message, Exception? cause = null) =>
        new(Failed, $"The expression failed: {message}.", ErrorKind.Rule, innerException: cause);

    /// <summary>A sandbox limit was hit.</summary>
    public static PlatformException Limit(string message, Exception? cause = null) =>
        new(LimitExceeded, $"The expression was stopped: {message}.", ErrorKind.Rule, innerException: cause);

    /// <summary>"message at line:column".</summary>
    public static string Describe(ExpressionError error) => $"{error.Message} at {error.Line}:{error.Column}";
}
