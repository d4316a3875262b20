namespace Platform.Contracts.Workflow.Definitions;

/// <summary>A directed flow from one node to another.</summary>
public sealed record FlowDefinition
{
    /// <summary>Id, unique in the definition.</summary>
    public required string Id { get; init; }

    /// <summary>Source node id.</summary>
    public required string From { get; init; }

    /// <summary>Target node id.</summary>
    public required string To { get; init; }

    /// <summary>
    /// For flows leaving an <see cref="NodeType.Exclusive"/> node: a condition in the shared expression language over the
    /// form data (field keys) and <c>applicant</c> facts (<c>applicant.id</c>, <c>applicant.departmentId</c>,
    /// <c>applicant.roles</c>, <c>applicant.level</c>).
    /// </summary>
    public string? Condition { get; init; }

    /// <summary>The default flow of an exclusive node: taken when no condition holds. Exactly one per exclusive node.</summary>
    public bool IsDefault { get; init; }

    /// <summary>Optional label.</summary>
    public string? Name { get; init; }
}
