using System.Text;
using Platform.Core.Packaging;

namespace Platform.Packaging.Tests;

public sealed class SigningTests
{
    [Test]
    public void A_saved_key_pair_signs_and_its_public_key_verifies()
    {
        using var temp = new TempFolder();
        using var created = SigningKey.Create("acme-2026");
        var (privateFile, publicFile) = created.Save(temp.Path);
        Assert.That(Path.GetFileName(privateFile), Is.EqualTo("acme-2026.private.pem"));
        Assert.That(File.ReadAllText(publicFile), Does.StartWith("-----BEGIN PUBLIC KEY-----"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(privateFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        using var loaded = SigningKey.Load(privateFile);
        var data = Encoding.UTF8.GetBytes("exact bytes");
        var signature = loaded.Sign(data);
        var trusted = new TrustedKeys().AddDirectory(temp.Path);

        Assert.That(signature.KeyId, Is.EqualTo("acme-2026"));
        Assert.That(trusted.Verify(data, signature), Is.EqualTo(SignatureCheck.Valid));
        Assert.That(trusted.Verify(Encoding.UTF8.GetBytes("exact bytes!"), signature), Is.EqualTo(SignatureCheck.Invalid));
    }

    [Test]
    public void A_signature_by_an_unknown_key_or_by_another_key_under_a_trusted_name_is_refused()
    {
        using var vendor = SigningKey.Create("vendor");
        using var impostor = SigningKey.Create("vendor");
        using var stranger = SigningKey.Create("stranger");
        var trusted = new TrustedKeys().Add("vendor", vendor.PublicKeyPem);
        var data = "payload"u8.ToArray();

        Assert.That(trusted.Verify(data, stranger.Sign(data)), Is.EqualTo(SignatureCheck.UntrustedKey));
        Assert.That(trusted.Verify(data, impostor.Sign(data)), Is.EqualTo(SignatureCheck.Invalid));
    }

    [Test]
    public void A_key_id_is_derived_from_the_public_key_when_none_is_given()
    {
        using var key = SigningKey.Create();

        Assert.That(key.KeyId, Does.Match("^[0-9a-f]{16}$"));
    }

    [Test]
    public void Saving_over_an_existing_key_is_refused()
    {
        using var temp = new TempFolder();
        using var first = SigningKey.Create("same");
        using var second = SigningKey.Create("same");
        first.Save(temp.Path);

        var ex = Assert.Throws<PackagingException>(() => second.Save(temp.Path));
        Assert.That(ex!.Message, Does.Contain("already exists"));
    }

    [Test]
    public void A_key_id_that_is_not_a_safe_file_name_is_refused()
    {
        Assert.Throws<PackagingException>(() => SigningKey.Create("../evil"));
    }
}
