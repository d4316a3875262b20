namespace Platform.Contracts.Organization.Authentication;

/// <summary>Checks members' passwords (salted, slow hashes) and locks a login after repeated failures.</summary>
public interface IMemberAuthenticator
{
    /// <summary>Checks a login and password.</summary>
    /// <param name="login">Login (case-insensitive).</param>
    /// <param name="password">Password.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    Task<SignInResult> SignInAsync(string login, string password, CancellationToken cancellationToken);

    /// <summary>Sets a member's password; fails with a validation error when it is too weak.</summary>
    /// <param name="memberId">Member id.</param>
    /// <param name="password">The new password.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task SetPasswordAsync(string memberId, string password, CancellationToken cancellationToken);
}
