namespace Platform.Core.Organization.Persistence.Entities;

internal sealed class MemberRow
{
    public required string Id { get; set; }

    public required string Code { get; set; }

    /// <summary>As entered; uniqueness is on <see cref="LoginKey"/>.</summary>
    public required string Login { get; set; }

    /// <summary>Upper-invariant login, unique.</summary>
    public required string LoginKey { get; set; }

    public required string Name { get; set; }

    public string? Email { get; set; }

    public string? Mobile { get; set; }

    public bool Enabled { get; set; } = true;
}
