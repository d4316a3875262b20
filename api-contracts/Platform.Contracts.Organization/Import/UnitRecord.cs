namespace Platform.Contracts.Organization.Import;

/// <summary>A unit in an <see cref="OrgDocument"/>.</summary>
public sealed record UnitRecord
{
    /// <summary>Unit code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Short name for document numbers; the name when absent.</summary>
    public string? ShortName { get; init; }

    /// <summary>Parent unit's code; absent for a top-level unit.</summary>
    public string? Parent { get; init; }
}
