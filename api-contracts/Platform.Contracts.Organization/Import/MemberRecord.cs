namespace Platform.Contracts.Organization.Import;

/// <summary>A member in an <see cref="OrgDocument"/>.</summary>
public sealed record MemberRecord
{
    /// <summary>Member code (required, unique).</summary>
    public string? Code { get; init; }

    /// <summary>Login (required, unique, case-insensitive).</summary>
    public string? Login { get; init; }

    /// <summary>Display name (required).</summary>
    public string? Name { get; init; }

    /// <summary>Primary department's code (required).</summary>
    public string? Department { get; init; }

    /// <summary>Primary post's code.</summary>
    public string? Post { get; init; }

    /// <summary>Primary job level's code.</summary>
    public string? Level { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }

    /// <summary>Mobile number.</summary>
    public string? Mobile { get; init; }

    /// <summary>Whether the member may sign in (default true).</summary>
    public bool? Enabled { get; init; }

    /// <summary>Concurrent positions (兼职).</summary>
    public IReadOnlyList<PositionRecord>? Concurrent { get; init; }
}
