namespace Platform.Core.Forms.Persistence.Entities;

/// <summary>One entry of a record's history: the revision it produced and the changed fields.</summary>
internal sealed class FormRecordChangeRow
{
    public required string RecordId { get; set; }

    public long Revision { get; set; }

    public long AtTicks { get; set; }

    public string? By { get; set; }

    /// <summary>Per changed field <c>{ "from": …, "to": … }</c>, as JSON.</summary>
    public required string Changes { get; set; }
}
