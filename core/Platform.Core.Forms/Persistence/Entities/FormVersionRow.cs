namespace Platform.Core.Forms.Persistence.Entities;

/// <summary>One published version of a form; never changed once written.</summary>
internal sealed class FormVersionRow
{
    public required string FormKey { get; set; }

    public int Version { get; set; }

    /// <summary>The <c>FormDefinition</c> as JSON.</summary>
    public required string Definition { get; set; }

    /// <summary>Queryable field → projection slot (1..8) as JSON; a field keeps its slot across versions.</summary>
    public required string Slots { get; set; }

    public long PublishedAtTicks { get; set; }
}
