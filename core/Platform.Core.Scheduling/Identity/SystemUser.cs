using Platform.Contracts.Identity;
using Platform.Contracts.Scheduling;

namespace Platform.Core.Scheduling.Identity;

/// <summary>
/// The platform itself acting (a due job): authenticated, id <c>system</c>, holding no roles — a handler that needs
/// rights does its work through engine internals, not through member permission checks.
/// </summary>
public sealed class SystemUser : ICurrentUser
{
    /// <summary>The one instance.</summary>
    public static SystemUser Instance { get; } = new();

    private SystemUser()
    {
    }

    /// <inheritdoc />
    public bool IsAuthenticated => true;

    /// <inheritdoc />
    public string? UserId => ScheduledJobContext.SystemUserId;

    /// <inheritdoc />
    public string? Name => "System";

    /// <inheritdoc />
    public bool IsInRole(string role) => false;
}
