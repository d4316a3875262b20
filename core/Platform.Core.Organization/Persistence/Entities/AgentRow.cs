namespace Platform.Core.Organization.Persistence.Entities;

/// <summary>A standing agency. Times are UTC ticks, so they sort and compare in SQL on every provider.</summary>
internal sealed class AgentRow
{
    public required string Id { get; set; }

    public required string PrincipalId { get; set; }

    public required string AgentId { get; set; }

    public long StartUtcTicks { get; set; }

    public long EndUtcTicks { get; set; }

    public string? Scope { get; set; }
}
