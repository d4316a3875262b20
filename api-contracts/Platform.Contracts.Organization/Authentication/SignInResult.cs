using Platform.Contracts.Organization.Model;

namespace Platform.Contracts.Organization.Authentication;

/// <summary>The result of a sign-in attempt.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Member">The member, when <see cref="SignInOutcome.Succeeded"/>.</param>
/// <param name="LockedUntil">When a locked login opens again, when <see cref="SignInOutcome.LockedOut"/>.</param>
public sealed record SignInResult(SignInOutcome Outcome, Member? Member, DateTimeOffset? LockedUntil);
