namespace Platform.Apps.Documents.Types;

/// <summary>A kind of document an administrator configured (e.g. 发文 of the general office). Stored in <c>documents_types</c>.</summary>
internal sealed class DocumentType
{
    public required string Key { get; init; }

    public required string Name { get; set; }

    /// <summary><see cref="Directions.Outgoing"/> or <see cref="Directions.Incoming"/>.</summary>
    public required string Direction { get; set; }

    /// <summary>The organisation unit that issues the documents: its short name fills <c>{unitShort}</c>, its key signs them.</summary>
    public required string UnitId { get; set; }

    public required string FormKey { get; set; }

    public required string ProcessKey { get; set; }

    /// <summary>The numbering rule (文号), e.g. <c>{unitShort}发〔{year}〕{seq}号</c>.</summary>
    public required string NumberPattern { get; set; }

    /// <summary>When set, approved documents are published to this News category through Platform.Apps.Api.</summary>
    public string? NewsCategory { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Values of <see cref="DocumentType.Direction"/>.</summary>
internal static class Directions
{
    public const string Outgoing = "outgoing";

    public const string Incoming = "incoming";
}
