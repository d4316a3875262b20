namespace Platform.Contracts.Organization.Permissions;

/// <summary>
/// Permission checks. Precedence: a disabled or unknown member may do nothing; otherwise a <see cref="GrantEffect.Deny"/>
/// for any principal the member holds wins; otherwise any <see cref="GrantEffect.Allow"/> allows; otherwise denied.
/// A grant with action <c>*</c> applies to every action on its resource. Checks answer from memory and follow
/// organisation changes at once.
/// </summary>
public interface IPermissionService
{
    /// <summary>Whether the member may do <paramref name="action"/> on <paramref name="resource"/>.</summary>
    /// <param name="memberId">Member id.</param>
    /// <param name="action">Action.</param>
    /// <param name="resource">Resource.</param>
    bool IsAllowed(string memberId, string action, string resource);

    /// <summary>Every principal token the member holds (see <see cref="Principal.Token"/>), for trimming search results; empty for a disabled or unknown member.</summary>
    /// <param name="memberId">Member id.</param>
    IReadOnlySet<string> PrincipalTokensOf(string memberId);

    /// <summary>The grants on a resource.</summary>
    /// <param name="resource">Resource.</param>
    IReadOnlyList<Grant> GrantsOn(string resource);

    /// <summary>Adds a grant; an identical one is returned as it is.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<Grant> GrantAsync(NewGrant grant, CancellationToken cancellationToken);

    /// <summary>Removes a grant.</summary>
    /// <param name="grantId">Grant id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task RevokeAsync(string grantId, CancellationToken cancellationToken);
}
