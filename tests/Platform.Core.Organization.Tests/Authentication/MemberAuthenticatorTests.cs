using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Authentication;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Authentication;

/// <summary>Sign-in against the sample organisation on real SQLite; lockout is 5 failures for 15 minutes (the defaults).</summary>
public sealed class MemberAuthenticatorTests
{
    private const string AlicePassword = "correct horse battery";
    private OrgHarness _org = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _org = await OrgHarness.StartAsync();
        await SampleOrg.SeedAsync(_org);
        await _org.SetPasswordAsync("alice", AlicePassword);
        await _org.SetPasswordAsync("dave", "dave's password");
    }

    [TearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    [Test]
    public async Task The_right_password_signs_the_member_in_whatever_the_case_of_the_login()
    {
        var result = await _org.SignInAsync("ALICE", AlicePassword);

        Assert.That(result.Outcome, Is.EqualTo(SignInOutcome.Succeeded));
        Assert.That(result.Member!.Id, Is.EqualTo("alice"));
        Assert.That(result.LockedUntil, Is.Null);
    }

    [Test]
    public async Task A_wrong_password_fails_and_is_counted()
    {
        var result = await _org.SignInAsync("alice", "not the password");

        Assert.That(result, Is.EqualTo(new SignInResult(SignInOutcome.InvalidCredentials, null, null)));
        Assert.That((await _org.CredentialAsync("alice"))!.FailedAttempts, Is.EqualTo(1));
    }

    [TestCase("nobody")]
    [TestCase("bob")]
    public async Task An_unknown_login_or_a_member_without_a_password_fails_like_a_wrong_password(string login)
    {
        var result = await _org.SignInAsync(login, AlicePassword);

        Assert.That(result, Is.EqualTo(new SignInResult(SignInOutcome.InvalidCredentials, null, null)));
    }

    [Test]
    public async Task Five_failures_lock_the_login_until_the_lock_expires_and_then_success_resets_the_count()
    {
        for (var i = 1; i <= 4; i++)
        {
            Assert.That((await _org.SignInAsync("alice", $"wrong {i}")).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials), $"failure {i}");
        }

        var fifth = await _org.SignInAsync("alice", "wrong 5");
        var lockedUntil = _org.Clock.GetUtcNow() + TimeSpan.FromMinutes(15);
        Assert.That(fifth, Is.EqualTo(new SignInResult(SignInOutcome.LockedOut, null, lockedUntil)), "the failure that reaches the limit already answers locked");

        _org.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.That(await _org.SignInAsync("alice", AlicePassword), Is.EqualTo(new SignInResult(SignInOutcome.LockedOut, null, lockedUntil)), "even the right password is refused while locked");

        _org.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await _org.SignInAsync("alice", "wrong again")).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials), "the lock has expired; counting starts afresh");
        Assert.That((await _org.SignInAsync("alice", AlicePassword)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
        var credential = await _org.CredentialAsync("alice");
        Assert.That((credential!.FailedAttempts, credential.LockedUntilUtcTicks), Is.EqualTo((0, (long?)null)));
    }

    [Test]
    public async Task A_success_before_the_limit_resets_the_count()
    {
        for (var i = 1; i <= 4; i++)
        {
            await _org.SignInAsync("alice", $"wrong {i}");
        }

        Assert.That((await _org.SignInAsync("alice", AlicePassword)).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
        Assert.That((await _org.SignInAsync("alice", "wrong 5")).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials), "one failure after the reset does not lock");
    }

    // SQLite's "async" calls complete synchronously: Task.Run is what makes these attempts overlap.
    [Test]
    public async Task Parallel_wrong_passwords_each_count()
    {
        var four = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => _org.SignInAsync("alice", $"wrong {i}"))));

        Assert.That(four.Select(r => r.Outcome), Is.All.EqualTo(SignInOutcome.InvalidCredentials));
        Assert.That((await _org.CredentialAsync("alice"))!.FailedAttempts, Is.EqualTo(4), "no failure was lost to a race");
    }

    [Test]
    public async Task Parallel_wrong_passwords_lock_the_login()
    {
        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() => _org.SignInAsync("alice", $"wrong {i}"))));

        Assert.That(results.Count(r => r.Outcome == SignInOutcome.InvalidCredentials), Is.EqualTo(4));
        Assert.That(results.Count(r => r.Outcome == SignInOutcome.LockedOut), Is.EqualTo(2), "the fifth locks; the sixth finds it locked");
        Assert.That((await _org.SignInAsync("alice", AlicePassword)).Outcome, Is.EqualTo(SignInOutcome.LockedOut));
    }

    [Test]
    public async Task A_disabled_member_with_the_right_password_is_told_so_and_with_a_wrong_one_is_not()
    {
        Assert.That(await _org.SignInAsync("dave", "dave's password"), Is.EqualTo(new SignInResult(SignInOutcome.Disabled, null, null)));
        Assert.That((await _org.SignInAsync("dave", "a guess")).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials));
    }

    [Test]
    public async Task A_new_password_replaces_the_old_one_and_lifts_a_lock()
    {
        for (var i = 1; i <= 5; i++)
        {
            await _org.SignInAsync("alice", $"wrong {i}");
        }

        await _org.SetPasswordAsync("alice", "a brand new secret");

        Assert.That((await _org.SignInAsync("alice", AlicePassword)).Outcome, Is.EqualTo(SignInOutcome.InvalidCredentials));
        Assert.That((await _org.SignInAsync("alice", "a brand new secret")).Outcome, Is.EqualTo(SignInOutcome.Succeeded));
    }

    [Test]
    public async Task The_password_is_stored_as_a_salted_hash()
    {
        await _org.SetPasswordAsync("erin", AlicePassword);

        var alice = (await _org.CredentialAsync("alice"))!.PasswordHash;
        var erin = (await _org.CredentialAsync("erin"))!.PasswordHash;
        Assert.That(alice, Does.Not.Contain(AlicePassword));
        Assert.That(alice, Is.Not.EqualTo(erin), "same password, different salt");
        Assert.That(Convert.FromBase64String(alice)[0], Is.EqualTo(0x01), "ASP.NET Core Identity v3 format (PBKDF2)");
    }

    [TestCase("short", "too_short")]
    [TestCase("", "required")]
    public void A_too_short_password_is_a_validation_error_on_the_password_field(string password, string code)
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => _org.SetPasswordAsync("alice", password));

        Assert.That(error!.Kind, Is.EqualTo(ErrorKind.Validation));
        Assert.That(error.Errors.Select(e => (e.Field, e.Code)), Is.EqualTo(new[] { ("password", code) }));
    }

    [Test]
    public void Setting_the_password_of_an_unknown_member_is_not_found()
    {
        var error = Assert.ThrowsAsync<PlatformException>(() => _org.SetPasswordAsync("ghost", AlicePassword));

        Assert.That(error!.Kind, Is.EqualTo(ErrorKind.NotFound));
    }
}
