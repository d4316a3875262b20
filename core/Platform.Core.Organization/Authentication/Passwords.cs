using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Contracts.Errors;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// Hashes and checks passwords with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>: PBKDF2 with a random
/// salt per password, in a versioned format (so stronger settings can be rolled out by rehashing at the next sign-in).
/// Passwords are never logged or stored.
/// </summary>
internal sealed class Passwords
{
    /// <summary>Longest password accepted; bounds the work one request can cause.</summary>
    public const int MaxLength = 256;

    private static readonly CredentialRow Nobody = new() { MemberId = "", PasswordHash = "" };

    private readonly IPasswordHasher<CredentialRow> _hasher;
    private readonly IOptions<OrganizationOptions> _options;
    private readonly Lazy<string> _decoy;

    public Passwords(IPasswordHasher<CredentialRow> hasher, IOptions<OrganizationOptions> options)
    {
        _hasher = hasher;
        _options = options;
        _decoy = new Lazy<string>(() => hasher.HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));
    }

    public string Hash(string password) => _hasher.HashPassword(Nobody, password);

    public PasswordVerificationResult Verify(string hash, string password) => _hasher.VerifyHashedPassword(Nobody, hash, password);

    /// <summary>Spends the time of a real check against a decoy hash, so an unknown login cannot be told apart by timing.</summary>
    public void VerifyDecoy(string password) => _ = Verify(_decoy.Value, password);

    /// <summary>Throws a validation error (field <c>password</c>) unless the password is acceptable as a new password.</summary>
    public void Validate(string? password)
    {
        var min = _options.Value.MinPasswordLength;
        FieldError? error = password switch
        {
            null or "" => new FieldError("password", "required", "A password is required."),
            { Length: var n } when n < min => new FieldError("password", "too_short", $"The password must have at least {min} characters."),
            { Length: > MaxLength } => new FieldError("password", "too_long", $"The password must have at most {MaxLength} characters."),
            _ => null,
        };
        if (error is not null)
        {
            throw PlatformException.Validation([error]);
        }
    }
}
