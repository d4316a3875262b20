namespace Platform.Contracts.Organization.Import;

/// <summary>A post in an <see cref="OrgDocument"/>.</summary>
public sealed record PostRecord
{
    /// <summary>Post code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }
}
