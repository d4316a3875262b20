namespace Platform.Core.Tests.Fixtures.Beta;

public sealed class BetaEntry
{
    public int Id { get; set; }

    public required string Text { get; set; }

    /// <summary>Whether the Alpha item the entry is about was visible, committed, from Beta's own connection.</summary>
    public bool SawCommittedItem { get; set; }
}
