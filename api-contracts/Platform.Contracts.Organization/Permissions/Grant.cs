namespace Platform.Contracts.Organization.Permissions;

/// <summary>A permission grant: <see cref="Principal"/> may (or may not) do <see cref="Action"/> on <see cref="Resource"/>.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Resource">What it is about, e.g. <c>news/category/notices</c>.</param>
/// <param name="Action">What may be done, e.g. <c>read</c>, <c>edit</c>; <c>*</c> for every action on the resource.</param>
/// <param name="Principal">Who it is for.</param>
/// <param name="Effect">Allow or deny.</param>
public sealed record Grant(string Id, string Resource, string Action, Principal Principal, GrantEffect Effect);
