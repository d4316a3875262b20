using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Model;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Persistence.Entities;
using Platform.Core.Organization.Snapshot;
using PasswordVerificationResult = Microsoft.AspNetCore.Identity.PasswordVerificationResult;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// Signs members in against <c>org_credentials</c>. The member comes from the in-memory organisation (by login,
/// case-insensitive); unknown logins and members without a password cost the same hashing time as a wrong password.
/// A locked login answers <see cref="SignInOutcome.LockedOut"/> without looking at the password. Failures are counted
/// under optimistic concurrency (<see cref="CredentialRow.Version"/>): a lost race re-reads the row and counts again,
/// so parallel wrong guesses each count. Credentials are not part of the organisation version: no snapshot reload.
/// </summary>
internal sealed class MemberAuthenticator(
    OrgDbContext db,
    OrgSnapshotHolder holder,
    Passwords passwords,
    IOptions<OrganizationOptions> options,
    TimeProvider clock,
    ILogger<MemberAuthenticator> logger) : IMemberAuthenticator
{
    private const int Attempts = 12;

    private static readonly SignInResult Invalid = new(SignInOutcome.InvalidCredentials, null, null);

    public async Task<SignInResult> SignInAsync(string login, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(login);
        ArgumentNullException.ThrowIfNull(password);
        if (holder.Current.Model.MembersByLogin.GetValueOrDefault(login.Trim()) is not { } member)
        {
            passwords.VerifyDecoy(password);
            logger.LogInformation("Sign-in refused: unknown login");
            return Invalid;
        }

        (string Hash, PasswordVerificationResult Result)? verified = null;
        for (var attempt = 1; ; attempt++)
        {
            var credential = await db.Credentials.SingleOrDefaultAsync(c => c.MemberId == member.Id, cancellationToken);
            if (credential is null)
            {
                passwords.VerifyDecoy(password);
                logger.LogInformation("Sign-in refused: member {MemberId} has no password", member.Id);
                return Invalid;
            }

            var now = clock.GetUtcNow();
            if (Lockout.LockedUntil(credential, now) is { } lockedUntil)
            {
                logger.LogInformation("Sign-in refused: member {MemberId} is locked out until {LockedUntil:O}", member.Id, lockedUntil);
                return new SignInResult(SignInOutcome.LockedOut, null, lockedUntil);
            }

            if (verified?.Hash != credential.PasswordHash)
            {
                verified = (credential.PasswordHash, passwords.Verify(credential.PasswordHash, password));
            }

            var (result, changed) = Apply(credential, member, verified.Value.Result, password, now);
            try
            {
                if (changed)
                {
                    credential.Version++;
                    await db.SaveChangesAsync(cancellationToken);
                }

                Log(member, result);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(1, 20), cancellationToken);
            }
        }
    }

    public async Task SetPasswordAsync(string memberId, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        passwords.Validate(password);
        if (!await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken))
        {
            throw PlatformException.NotFound("org.member.not_found", $"There is no member '{memberId}'.");
        }

        var hash = passwords.Hash(password);
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow().UtcTicks;
            var credential = await db.Credentials.SingleOrDefaultAsync(c => c.MemberId == memberId, cancellationToken);
            if (credential is null)
            {
                db.Credentials.Add(new CredentialRow { MemberId = memberId, PasswordHash = hash, ChangedUtcTicks = now, Version = 1 });
            }
            else
            {
                credential.PasswordHash = hash;
                credential.ChangedUtcTicks = now;
                Lockout.Clear(credential);
                credential.Version++;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Password of member {MemberId} set", memberId);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A sign-in updated the row, or another writer created it: read it again and apply the change on top.
                db.ChangeTracker.Clear();
            }
        }
    }

    private (SignInResult Result, bool Changed) Apply(CredentialRow credential, Member member, PasswordVerificationResult verification, string password, DateTimeOffset now)
    {
        if (verification == PasswordVerificationResult.Failed)
        {
            var lockedUntil = Lockout.RecordFailure(credential, now, options.Value);
            return (lockedUntil is null ? Invalid : new SignInResult(SignInOutcome.LockedOut, null, lockedUntil), true);
        }

        var changed = Lockout.Clear(credential);
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            credential.PasswordHash = passwords.Hash(password);
            changed = true;
        }

        return (member.IsEnabled ? new SignInResult(SignInOutcome.Succeeded, member, null) : new SignInResult(SignInOutcome.Disabled, null, null), changed);
    }

    private void Log(Member member, SignInResult result)
    {
        switch (result.Outcome)
        {
            case SignInOutcome.Succeeded:
                logger.LogInformation("Member {MemberId} signed in", member.Id);
                break;
            case SignInOutcome.LockedOut:
                logger.LogWarning("Member {MemberId} locked out until {LockedUntil:O} after {Failures} failed sign-ins", member.Id, result.LockedUntil, options.Value.MaxFailedSignIns);
                break;
            case SignInOutcome.Disabled:
                logger.LogInformation("Sign-in refused: member {MemberId} is disabled", member.Id);
                break;
            default:
                logger.LogInformation("Sign-in refused: wrong password for member {MemberId}", member.Id);
                break;
        }
    }
}
