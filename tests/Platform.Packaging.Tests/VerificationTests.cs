using Platform.Core.Packaging;

namespace Platform.Packaging.Tests;

/// <summary>An installed plugin folder checked at start-up against its signed hash manifest.</summary>
public sealed class VerificationTests
{
    private TempFolder _temp = null!;
    private SigningKey _key = null!;
    private TrustedKeys _trusted = null!;
    private string _installed = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder();
        _key = SigningKey.Create("acme");
        _trusted = new TrustedKeys().Add("acme", _key.PublicKeyPem);
        var file = PluginPackage.Pack(SamplePlugin.Write(_temp.Sub("src")), _key, _temp.Path);
        var plugins = _temp.Sub("plugins");
        PluginInstaller.Install(PluginPackage.Open(file, _trusted), plugins, upgrade: false);
        _installed = Path.Combine(plugins, "acme.visits");
    }

    [TearDown]
    public void TearDown()
    {
        _key.Dispose();
        _temp.Dispose();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_changed_file_is_detected_whether_or_not_signatures_are_required(bool require)
    {
        File.AppendAllText(Path.Combine(_installed, "Acme.Visits.deps.json"), " ");

        var result = PluginVerification.Check(_installed, _trusted, require);

        Assert.That(result.CanLoad, Is.False);
        Assert.That(result.Reason, Does.Contain("Acme.Visits.deps.json was changed").And.Contain("tampered"));
    }

    [Test]
    public void A_missing_and_an_added_file_are_both_named()
    {
        File.Delete(Path.Combine(_installed, "de", "Acme.Visits.resources.dll"));
        File.WriteAllText(Path.Combine(_installed, "Injected.dll"), "x");

        var result = PluginVerification.Check(_installed, _trusted, requireSignatures: false);

        Assert.That(result.Reason, Does.Contain("de/Acme.Visits.resources.dll is missing").And.Contain("Injected.dll is not part of the package"));
    }

    [Test]
    public void An_altered_signature_file_is_refused_even_when_signatures_are_optional()
    {
        var signatureFile = Path.Combine(_installed, FileManifest.SignatureFileName);
        using var other = SigningKey.Create("acme");
        File.WriteAllBytes(signatureFile, other.Sign(File.ReadAllBytes(Path.Combine(_installed, FileManifest.FileName))).ToJsonBytes());

        var result = PluginVerification.Check(_installed, _trusted, requireSignatures: false);

        Assert.That(result.CanLoad, Is.False);
        Assert.That(result.Reason, Does.Contain("signature does not match"));
    }

    [Test]
    public void An_untrusted_signer_is_refused_when_signatures_are_required_and_tolerated_otherwise()
    {
        var required = PluginVerification.Check(_installed, TrustedKeys.None, requireSignatures: true);
        var optional = PluginVerification.Check(_installed, TrustedKeys.None, requireSignatures: false);

        Assert.That(required.CanLoad, Is.False);
        Assert.That(required.Reason, Does.Contain("signed by key 'acme', which this host does not trust"));
        Assert.That(optional.CanLoad, Is.True);
        Assert.That(optional.Warning, Does.Contain("does not trust"));
    }

    [Test]
    public void An_unsigned_folder_is_refused_only_when_signatures_are_required()
    {
        var unsigned = SamplePlugin.Write(_temp.Sub("dev-build"));

        Assert.That(PluginVerification.Check(unsigned, _trusted, requireSignatures: true).Reason, Does.Contain("It is not signed"));
        Assert.That(PluginVerification.Check(unsigned, _trusted, requireSignatures: false).CanLoad, Is.True);
    }

    [Test]
    public void An_intact_signed_folder_loads_and_names_its_signer()
    {
        Assert.That(PluginVerification.Check(_installed, _trusted, requireSignatures: true), Is.EqualTo(new PluginVerification(true, null, "acme", null)));
    }
}
