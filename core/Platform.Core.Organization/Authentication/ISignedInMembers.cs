namespace Platform.Core.Organization.Authentication;

/// <summary>
/// What a bearer token may vouch for, read from the organisation as it is now. The host asks when it issues a token and
/// again on every request, so disabling a member or taking a role away takes effect at once.
/// </summary>
public interface ISignedInMembers
{
    /// <summary>The codes of the fixed roles an enabled member holds (ordinal order); <see langword="null"/> when the member is unknown or disabled.</summary>
    /// <param name="memberId">Member id.</param>
    IReadOnlyList<string>? FixedRolesOf(string memberId);
}
