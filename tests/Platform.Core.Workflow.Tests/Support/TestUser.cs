using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Roles;

namespace Platform.Core.Workflow.Tests.Support;

/// <summary>
/// A current user the test sets: nobody until <see cref="UserId"/> is given. The id flows with the async context, so
/// concurrent tasks can act as different members.
/// </summary>
internal sealed class TestUser : ICurrentUser
{
    private readonly AsyncLocal<string?> _userId = new();

    public string? UserId
    {
        get => _userId.Value;
        set => _userId.Value = value;
    }

    public bool IsAuthenticated => UserId is not null;

    public string? Name => UserId;

    /// <summary>Whether the current user is treated as an administrator.</summary>
    public bool IsAdministrator { get; set; }

    public bool IsInRole(string role) => role == WellKnownRoles.Administrator && IsAdministrator;
}
