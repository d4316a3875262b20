namespace Platform.Contracts.Organization.Permissions;

/// <summary>Whether a grant allows or denies.</summary>
public enum GrantEffect
{
    /// <summary>Allows the action.</summary>
    Allow,

    /// <summary>Denies the action; a deny wins over any allow.</summary>
    Deny,
}
