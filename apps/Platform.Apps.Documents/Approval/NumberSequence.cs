namespace Platform.Apps.Documents.Approval;

/// <summary>The last number given per document type and year. Stored in <c>documents_number_sequences</c>.</summary>
internal sealed class NumberSequence
{
    public required string TypeKey { get; init; }

    public required int Year { get; init; }

    public long Last { get; set; }
}
