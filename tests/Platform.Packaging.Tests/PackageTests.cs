using System.IO.Compression;
using Platform.Core.Packaging;

namespace Platform.Packaging.Tests;

public sealed class PackageTests
{
    private TempFolder _temp = null!;
    private SigningKey _key = null!;
    private TrustedKeys _trusted = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder();
        _key = SigningKey.Create("acme");
        _trusted = new TrustedKeys().Add("acme", _key.PublicKeyPem);
    }

    [TearDown]
    public void TearDown()
    {
        _key.Dispose();
        _temp.Dispose();
    }

    private string Pack(string version = "1.2.0")
    {
        var folder = SamplePlugin.Write(_temp.Sub("src-" + version), version: version);
        return PluginPackage.Pack(folder, _key, _temp.Sub("out"));
    }

    [Test]
    public void A_packed_plugin_opens_with_every_file_hashed_in_order_and_a_trusted_signature()
    {
        var file = Pack();

        var package = PluginPackage.Open(file, _trusted);

        Assert.That(Path.GetFileName(file), Is.EqualTo("acme.visits-1.2.0.platform-plugin"));
        Assert.That(package.Manifest.Id, Is.EqualTo("acme.visits"));
        Assert.That(package.Signature.KeyId, Is.EqualTo("acme"));
        Assert.That(package.Files.Files.Select(f => f.Path), Is.EqualTo(new[] { "Acme.Visits.deps.json", "Acme.Visits.dll", "de/Acme.Visits.resources.dll", "plugin.json" }));
        Assert.That(package.Files.Files.Single(f => f.Path == "Acme.Visits.dll").Size, Is.EqualTo(5));
    }

    [Test]
    public void Packing_the_same_folder_twice_gives_the_same_manifest_bytes()
    {
        var folder = SamplePlugin.Write(_temp.Sub("src"));
        var first = PluginPackage.OpenUnverified(PluginPackage.Pack(folder, _key, Path.Combine(_temp.Path, "a.platform-plugin")));
        var second = PluginPackage.OpenUnverified(PluginPackage.Pack(folder, _key, Path.Combine(_temp.Path, "b.platform-plugin")));

        Assert.That(first.ManifestBytes, Is.EqualTo(second.ManifestBytes));
    }

    [Test]
    public void A_package_signed_by_an_untrusted_key_is_refused_naming_the_key()
    {
        var file = Pack();

        var ex = Assert.Throws<PackagingException>(() => PluginPackage.Open(file, TrustedKeys.None));

        Assert.That(ex!.Message, Does.Contain("signed by key 'acme', which this host does not trust"));
    }

    [Test]
    public void A_package_with_a_changed_file_is_refused()
    {
        var file = Pack();
        Rewrite(file, "Acme.Visits.dll", [9, 9, 9]);

        var ex = Assert.Throws<PackagingException>(() => PluginPackage.Open(file, _trusted));

        Assert.That(ex!.Message, Does.Contain("Acme.Visits.dll was changed"));
    }

    [Test]
    public void A_package_with_an_added_file_is_refused()
    {
        var file = Pack();
        Rewrite(file, "extra.dll", [1]);

        var ex = Assert.Throws<PackagingException>(() => PluginPackage.Open(file, _trusted));

        Assert.That(ex!.Message, Does.Contain("extra.dll is not in the file manifest"));
    }

    [Test]
    public void A_package_whose_manifest_was_rewritten_to_match_changed_files_fails_the_signature()
    {
        var file = Pack();
        var folder = _temp.Sub("evil");
        SamplePlugin.Write(folder);
        File.WriteAllBytes(Path.Combine(folder, "Acme.Visits.dll"), [6, 6, 6]);
        var forged = FileManifest.Create(folder, "acme.visits", "1.2.0").ToCanonicalBytes();
        Rewrite(file, "Acme.Visits.dll", [6, 6, 6]);
        Rewrite(file, FileManifest.FileName, forged);

        var ex = Assert.Throws<PackagingException>(() => PluginPackage.Open(file, _trusted));

        Assert.That(ex!.Message, Does.Contain("signature does not match"));
    }

    [Test]
    public void A_licensed_plugin_without_a_release_date_cannot_be_packed()
    {
        var folder = SamplePlugin.Write(_temp.Sub("licensed"), edit: m => m["requiresLicense"] = true);

        var ex = Assert.Throws<PackagingException>(() => PluginPackage.Pack(folder, _key, _temp.Path));

        Assert.That(ex!.Message, Does.Contain("released is missing"));
    }

    [Test]
    public void Installing_unpacks_a_verified_folder_and_refuses_another_version_unless_upgrading()
    {
        var plugins = _temp.Sub("plugins");
        var v1 = PluginPackage.Open(Pack("1.2.0"), _trusted);
        var v2 = PluginPackage.Open(Pack("1.3.0"), _trusted);

        Assert.That(PluginInstaller.Install(v1, plugins, upgrade: false), Does.StartWith("Installed acme.visits 1.2.0"));
        Assert.That(PluginInstaller.Install(v1, plugins, upgrade: false), Does.Contain("already installed"));
        var refused = Assert.Throws<PackagingException>(() => PluginInstaller.Install(v2, plugins, upgrade: false));
        Assert.That(refused!.Message, Does.Contain("use --upgrade"));
        Assert.That(PluginInstaller.Install(v2, plugins, upgrade: true), Does.StartWith("Upgraded acme.visits from 1.2.0 to 1.3.0"));

        var installed = PluginInstaller.List(plugins, _trusted, requireSignatures: true).Single();
        Assert.That(installed.Manifest!.Version, Is.EqualTo("1.3.0"));
        Assert.That(installed.Verification, Is.EqualTo(new PluginVerification(true, null, "acme", null)));
        Assert.That(Directory.GetDirectories(plugins).Select(Path.GetFileName), Is.EqualTo(new[] { "acme.visits" }), "no staging folder is left behind");
    }

    [Test]
    public void Removing_deletes_the_plugin_folder()
    {
        var plugins = _temp.Sub("plugins");
        PluginInstaller.Install(PluginPackage.Open(Pack(), _trusted), plugins, upgrade: false);

        PluginInstaller.Remove(plugins, "acme.visits");

        Assert.That(Directory.EnumerateFileSystemEntries(plugins), Is.Empty);
        Assert.Throws<PackagingException>(() => PluginInstaller.Remove(plugins, "acme.visits"));
    }

    private static void Rewrite(string zipFile, string entryName, byte[] content)
    {
        using var zip = ZipFile.Open(zipFile, ZipArchiveMode.Update);
        zip.GetEntry(entryName)?.Delete();
        using var stream = zip.CreateEntry(entryName).Open();
        stream.Write(content);
    }
}
