using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts.Errors;
using Platform.Core.Organization.Persistence;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// First start: when the organisation has no members at all, creates the administrator <c>admin</c> (with unit
/// <c>root</c>, department <c>administration</c> and the well-known roles) in one transaction, so someone can sign in.
/// Never does anything once any member exists. The web host runs it before it listens; commands that build a service
/// provider without a web host call <see cref="EnsureAdministratorAsync"/> themselves.
/// </summary>
public static class AdministratorBootstrap
{
    /// <summary>Configuration key of the first administrator's password.</summary>
    public const string PasswordKey = "Platform:AdminPassword";

    /// <summary>Environment variable read when <see cref="PasswordKey"/> is not set (as it appears in configuration built with environment variables).</summary>
    public const string PasswordVariable = "PLATFORM_ADMIN_PASSWORD";

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>The configured first-administrator password: <see cref="PasswordKey"/>, else <see cref="PasswordVariable"/>; <see langword="null"/> when neither is set.</summary>
    /// <param name="configuration">The host configuration (with environment variables).</param>
    public static string? ConfiguredPassword(IConfiguration configuration) =>
        NonEmpty(configuration[PasswordKey]) ?? NonEmpty(configuration[PasswordVariable]);

    /// <summary>
    /// Creates the administrator when there are no members; returns what was created, or <see langword="null"/> when
    /// members already exist (also when another node created them at the same moment). A generated password is logged
    /// once at Warning level and returned; it is never stored in clear.
    /// </summary>
    /// <param name="services">A provider holding the organization engine's services.</param>
    /// <param name="password">The password to give the administrator; <see langword="null"/> generates a strong one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <exception cref="InvalidOperationException">The configured password is too short or too long.</exception>
    public static async Task<AdministratorCreated?> EnsureAdministratorAsync(IServiceProvider services, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<OrgDbContext>();
        if (await db.Members.AnyAsync(cancellationToken))
        {
            return null;
        }

        var generated = password is null ? RandomNumberGenerator.GetString(Alphabet, 20) : null;
        var passwords = provider.GetRequiredService<Passwords>();
        try
        {
            passwords.Validate(password ?? generated);
        }
        catch (PlatformException ex)
        {
            throw new InvalidOperationException($"The administrator password ({PasswordKey} or {PasswordVariable}) is not accepted: {ex.Errors[0].Message}", ex);
        }

        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        var memberId = await FirstStartOrg.AddAsync(db, provider.GetRequiredService<BootstrapSettings>(), passwords.Hash(password ?? generated!), now, cancellationToken);
        await db.BumpVersionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Members.AnyAsync(cancellationToken))
            {
                return null;
            }

            throw;
        }

        provider.GetRequiredService<OrgSnapshotHolder>().Reload();
        Log(provider, generated);
        return new AdministratorCreated(memberId, FirstStartOrg.AdministratorLogin, generated);
    }

    private static void Log(IServiceProvider provider, string? generated)
    {
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(AdministratorBootstrap).FullName!) ?? NullLogger.Instance;
        if (generated is null)
        {
            logger.LogInformation("Administrator '{Login}' created with the configured password ({PasswordKey} / {PasswordVariable})", FirstStartOrg.AdministratorLogin, PasswordKey, PasswordVariable);
        }
        else
        {
            logger.LogWarning(
                "Administrator '{Login}' created with password {Password} — it is shown only this once; sign in and change it",
                FirstStartOrg.AdministratorLogin,
                generated);
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
