namespace Platform.Contracts.Organization.Import;

/// <summary>A job level in an <see cref="OrgDocument"/>.</summary>
public sealed record LevelRecord
{
    /// <summary>Level code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Rank (required, unique; higher is more senior).</summary>
    public int? Rank { get; init; }
}
