namespace Platform.Core.Organization.Authentication;

/// <summary>The administrator created on first start.</summary>
/// <param name="MemberId">The new member's id.</param>
/// <param name="Login">Its login (<c>admin</c>).</param>
/// <param name="GeneratedPassword">The generated password when none was configured — shown once, never stored in clear; otherwise <see langword="null"/>.</param>
public sealed record AdministratorCreated(string MemberId, string Login, string? GeneratedPassword);
