namespace Platform.Contracts.Organization.Import;

/// <summary>A group in an <see cref="OrgDocument"/>. The members listed replace the group's members.</summary>
public sealed record GroupRecord
{
    /// <summary>Group code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Member codes; absent leaves the members as they are.</summary>
    public IReadOnlyList<string>? Members { get; init; }
}
