namespace Platform.Contracts.Organization.Import;

/// <summary>A concurrent position of a member in an <see cref="OrgDocument"/>.</summary>
public sealed record PositionRecord
{
    /// <summary>Department code (required).</summary>
    public string? Department { get; init; }

    /// <summary>Post code.</summary>
    public string? Post { get; init; }

    /// <summary>Level code.</summary>
    public string? Level { get; init; }
}
