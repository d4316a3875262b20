namespace Platform.Core.Organization;

/// <summary>Settings of the organization engine (configuration section <c>Modules:org</c>).</summary>
public sealed class OrganizationOptions
{
    /// <summary>How often to look for changes made by other nodes (default 5 s).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed sign-ins in a row that lock a login (default 5).</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a locked login stays locked (default 15 min).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Shortest password accepted (default 8).</summary>
    public int MinPasswordLength { get; set; } = 8;
}
