namespace Platform.Contracts.Identity;

/// <summary>Who the current request or job runs for. Scoped: one per request.</summary>
public interface ICurrentUser
{
    /// <summary>Whether a member is signed in.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The member's id, or <see langword="null"/> when nobody is signed in.</summary>
    string? UserId { get; }

    /// <summary>The member's display name, or <see langword="null"/>.</summary>
    string? Name { get; }

    /// <summary>Whether the member holds the role.</summary>
    /// <param name="role">Role code.</param>
    bool IsInRole(string role);
}
