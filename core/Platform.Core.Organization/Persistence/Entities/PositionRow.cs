namespace Platform.Core.Organization.Persistence.Entities;

/// <summary>A member's position; ordinal 0 is the primary one, 1… the concurrent ones in order.</summary>
internal sealed class PositionRow
{
    public required string MemberId { get; set; }

    public int Ordinal { get; set; }

    public required string DepartmentId { get; set; }

    public string? PostId { get; set; }

    public string? LevelId { get; set; }
}
