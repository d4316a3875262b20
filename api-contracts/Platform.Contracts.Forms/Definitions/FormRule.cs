namespace Platform.Contracts.Forms.Definitions;

/// <summary>A rule over the whole form: the expression must be true, otherwise the error is reported.</summary>
/// <param name="Expression">A condition, e.g. <c>endDate &gt;= startDate</c>.</param>
/// <param name="Code">Stable error code, e.g. <c>end_before_start</c>.</param>
/// <param name="Message">Message for a person.</param>
public sealed record FormRule(string Expression, string Code, string Message)
{
    /// <summary>The field the error is reported on; the form itself when absent.</summary>
    public string? Field { get; init; }
}
