using System.Text;
using Platform.Contracts.Modules;
using Platform.Core.Licensing;
using Platform.Core.Packaging;

namespace Platform.Packaging.Tests;

public sealed class LicenseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly PluginManifest Visits = new("acme.visits", "1.2.0", "Visits", "Acme", "Acme.Visits.dll")
    {
        RequiresLicense = true,
        Released = new DateOnly(2026, 10, 1),
    };

    private SigningKey _issuer = null!;
    private LicensingOptions _options = null!;

    [SetUp]
    public void SetUp()
    {
        _issuer = SigningKey.Create("acme-licensing");
        _options = new LicensingOptions
        {
            InstallationId = "11111111-2222-3333-4444-555555555555",
            LicensesDirectory = "unused",
            TrustedKeys = new TrustedKeys().Add("acme-licensing", _issuer.PublicKeyPem),
        };
    }

    [TearDown]
    public void TearDown() => _issuer.Dispose();

    private static LicenseDocument Document(Func<LicenseDocument, LicenseDocument>? edit = null)
    {
        var document = new LicenseDocument(
            "ACME-0042",
            "Contoso",
            "11111111-2222-3333-4444-555555555555",
            [new LicensedModule("acme.visits", new DateOnly(2027, 6, 30))],
            Now.AddDays(-10),
            Now.AddDays(365))
        {
            MaxActiveMembers = 100,
        };
        return edit is null ? document : edit(document);
    }

    private byte[] Issue(LicenseDocument? document = null, SigningKey? key = null) =>
        LicenseFile.Issue(document ?? Document(), key ?? _issuer).ToBytes();

    private LicenseEvaluation Evaluate(byte[] licence, LicensingState? state = null, DateTimeOffset? now = null) =>
        LicenseEvaluator.Evaluate([("acme.platform-license", licence)], _options, state ?? new LicensingState(), now ?? Now);

    [Test]
    public void A_valid_licence_covers_the_module_it_names()
    {
        var status = Evaluate(Issue()).For(Visits);

        Assert.That(status.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(status.LicenseId, Is.EqualTo("ACME-0042"));
        Assert.That(status.Customer, Is.EqualTo("Contoso"));
        Assert.That(status.MaintenanceEnd, Is.EqualTo(new DateOnly(2027, 6, 30)));
        Assert.That(status.Warnings, Is.Empty);
    }

    [Test]
    public void A_module_that_needs_no_licence_is_not_affected()
    {
        var free = Visits with { RequiresLicense = false };

        Assert.That(Evaluate(Issue()).For(free).Status, Is.EqualTo(LicenseStatus.NotRequired));
    }

    [Test]
    public void A_module_no_licence_names_is_unlicensed_with_the_installation_id()
    {
        var status = Evaluate(Issue()).For(Visits with { Id = "acme.rooms" });

        Assert.That(status.Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(status.Reason, Does.Contain("No installed licence names module 'acme.rooms'").And.Contain(_options.InstallationId));
    }

    [Test]
    public void A_tampered_licence_is_rejected()
    {
        var file = LicenseFile.TryParse(Issue())!;
        var raised = Encoding.UTF8.GetBytes(file.PayloadText.Replace("\"maxActiveMembers\": 100", "\"maxActiveMembers\": 100000", StringComparison.Ordinal));
        Assert.That(raised, Is.Not.EqualTo(file.Payload), "the test must change the payload");
        var tampered = (file with { Payload = raised }).ToBytes();

        var evaluation = Evaluate(tampered);

        Assert.That(evaluation.Licenses.Single().Rejection, Does.Contain("its signature does not match its contents"));
        Assert.That(evaluation.For(Visits).Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(evaluation.For(Visits).Reason, Does.Contain("Licence ACME-0042 (acme.platform-license) is refused: its signature does not match"));
    }

    [Test]
    public void A_licence_signed_by_a_foreign_key_is_rejected()
    {
        using var foreign = SigningKey.Create("someone-else");

        var verdict = Evaluate(Issue(key: foreign)).Licenses.Single();

        Assert.That(verdict.Accepted, Is.False);
        Assert.That(verdict.Rejection, Does.Contain("signed by key 'someone-else', which this host does not trust as a licence issuer"));
    }

    [Test]
    public void A_licence_for_another_installation_is_rejected()
    {
        var verdict = Evaluate(Issue(Document(d => d with { InstallationId = "99999999-0000-0000-0000-000000000000" }))).Licenses.Single();

        Assert.That(verdict.Rejection, Does.Contain("issued for installation 99999999-0000-0000-0000-000000000000, but this host is installation 11111111-2222-3333-4444-555555555555"));
    }

    [Test]
    public void An_expired_licence_is_rejected()
    {
        var verdict = Evaluate(Issue(Document(d => d with { NotBefore = Now.AddDays(-400), NotAfter = Now.AddDays(-1) }))).Licenses.Single();

        Assert.That(verdict.Rejection, Does.Contain("it expired on 2026-11-25 12:00 UTC"));
    }

    [Test]
    public void A_licence_not_yet_valid_is_rejected()
    {
        var verdict = Evaluate(Issue(Document(d => d with { NotBefore = Now.AddDays(2) }))).Licenses.Single();

        Assert.That(verdict.Rejection, Does.Contain("not valid before 2026-11-28"));
    }

    [Test]
    public void A_version_released_after_the_maintenance_end_is_not_covered_but_an_earlier_one_is()
    {
        var evaluation = Evaluate(Issue(Document(d => d with { Modules = [new LicensedModule("acme.visits", new DateOnly(2026, 9, 30))] })));

        var later = evaluation.For(Visits);
        var earlier = evaluation.For(Visits with { Version = "1.1.0", Released = new DateOnly(2026, 9, 30) });

        Assert.That(later.Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(later.Reason, Does.Contain("Version 1.2.0 was released on 2026-10-01, after the maintenance end (2026-09-30) of licence ACME-0042"));
        Assert.That(earlier.Status, Is.EqualTo(LicenseStatus.Licensed));
    }

    [Test]
    public void An_expiry_within_the_warning_period_is_warned_about()
    {
        var status = Evaluate(Issue(Document(d => d with { NotAfter = Now.AddDays(20) }))).For(Visits);

        Assert.That(status.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(status.Warnings, Has.One.Contains("expires on 2026-12-16 12:00 UTC (in 20 days)"));
    }

    [Test]
    public void Too_many_active_members_warn_during_the_grace_period_then_unlicense()
    {
        var licence = Issue();
        var counted = LicenseEvaluator.Observe(new LicensingState(), Evaluate(licence), activeMembers: 120, Now);
        Assert.That(counted.OverLimitSince["ACME-0042"], Is.EqualTo(Now));

        var during = Evaluate(licence, counted, Now.AddDays(13)).For(Visits);
        Assert.That(during.Status, Is.EqualTo(LicenseStatus.Licensed));
        Assert.That(during.Warnings, Has.One.Contains("allows 100 active members and the organisation has 120").And.Contains("stop on 2026-12-10"));

        var later = LicenseEvaluator.Observe(counted, Evaluate(licence, counted, Now.AddDays(14)), activeMembers: 120, Now.AddDays(14));
        Assert.That(later.OverLimitSince["ACME-0042"], Is.EqualTo(Now), "the grace period starts when the limit was first exceeded");
        var after = Evaluate(licence, later, Now.AddDays(14)).For(Visits);
        Assert.That(after.Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(after.Reason, Does.Contain("120 active members, more than the 100 it allows").And.Contains("grace period of 14 days ended"));

        var back = LicenseEvaluator.Observe(later, Evaluate(licence, later, Now.AddDays(15)), activeMembers: 90, Now.AddDays(15));
        Assert.That(back.OverLimitSince, Is.Empty);
        Assert.That(Evaluate(licence, back, Now.AddDays(15)).For(Visits).Status, Is.EqualTo(LicenseStatus.Licensed));
    }

    [Test]
    public void A_clock_set_back_before_the_last_seen_time_rejects_every_licence_and_is_not_recorded()
    {
        var licence = Issue();
        var seen = LicenseEvaluator.Observe(new LicensingState(), Evaluate(licence), null, Now);

        var rolledBack = Evaluate(licence, seen, Now.AddDays(-3));
        var stillSeen = LicenseEvaluator.Observe(seen, rolledBack, null, Now.AddDays(-3));

        Assert.That(rolledBack.ClockProblem, Does.Contain("the clock was set back"));
        Assert.That(rolledBack.For(Visits).Status, Is.EqualTo(LicenseStatus.Unlicensed));
        Assert.That(rolledBack.For(Visits).Reason, Does.Contain("the clock was set back"));
        Assert.That(stillSeen.LastSeen, Is.EqualTo(Now));
        Assert.That(Evaluate(licence, seen, Now.AddMinutes(-5)).ClockProblem, Is.Null, "small corrections are tolerated");
    }

    [Test]
    public void The_licensing_state_survives_a_restart()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "state.json");
        var state = new LicensingState { LastSeen = Now, ActiveMembers = 7, OverLimitSince = new Dictionary<string, DateTimeOffset> { ["L"] = Now } };

        state.Save(file);
        var loaded = LicensingState.Load(file);

        Assert.That(loaded.LastSeen, Is.EqualTo(Now));
        Assert.That(loaded.ActiveMembers, Is.EqualTo(7));
        Assert.That(loaded.OverLimitSince["L"], Is.EqualTo(Now));
    }

    [Test]
    public void An_incomplete_licence_cannot_be_issued()
    {
        var ex = Assert.Throws<PackagingException>(() => Issue(Document(d => d with { Customer = "", Modules = [] })));

        Assert.That(ex!.Message, Does.Contain("customer is missing").And.Contain("modules is empty"));
    }

    [Test]
    public void The_installation_id_is_created_once()
    {
        using var temp = new TempFolder();

        var first = InstallationId.GetOrCreate(temp.Path);

        Assert.That(Guid.TryParse(first, out _), Is.True);
        Assert.That(InstallationId.GetOrCreate(temp.Path), Is.EqualTo(first));
    }
}
