namespace Platform.Contracts.Organization.Import;

/// <summary>A department in an <see cref="OrgDocument"/>.</summary>
public sealed record DepartmentRecord
{
    /// <summary>Department code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Unit code (required).</summary>
    public string? Unit { get; init; }

    /// <summary>Parent department's code, in the same unit; absent at the top of the unit.</summary>
    public string? Parent { get; init; }

    /// <summary>Position among siblings (default 0).</summary>
    public int? SortOrder { get; init; }
}
