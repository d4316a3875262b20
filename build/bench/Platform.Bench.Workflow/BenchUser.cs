using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;

namespace Platform.Bench.Workflow;

/// <summary>The signed-in member of one scope, set when the scope is created — as the host sets it per request.</summary>
internal sealed class BenchUser : ICurrentUser
{
    public string? UserId { get; set; }

    public bool IsAuthenticated => UserId is not null;

    public string? Name => UserId;

    /// <summary>Whether the member is treated as an administrator (publishing the process).</summary>
    public bool IsAdministrator { get; set; }

    public bool IsInRole(string role) => role == WellKnownRoles.Administrator && IsAdministrator;
}
