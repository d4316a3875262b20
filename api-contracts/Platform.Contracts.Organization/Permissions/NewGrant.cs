namespace Platform.Contracts.Organization.Permissions;

/// <summary>A grant to add.</summary>
/// <param name="Resource">Resource.</param>
/// <param name="Action">Action, or <c>*</c>.</param>
/// <param name="Principal">Who it is for.</param>
/// <param name="Effect">Allow or deny.</param>
public sealed record NewGrant(string Resource, string Action, Principal Principal, GrantEffect Effect);
