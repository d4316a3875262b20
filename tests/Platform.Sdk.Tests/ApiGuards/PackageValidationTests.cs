using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.ApiGuards;

/// <summary>
/// The rule of docs/contract-versioning.md, checked the way build/pack.sh checks every contract package: against its
/// released baseline, a breaking change fails the pack unless the major version was raised; additions pass.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class PackageValidationTests
{
    private TempDirectory temp = null!;
    private SyntheticContract released = null!;

    [OneTimeSetUp]
    public async Task ReleaseVersionOne()
    {
        temp = new TempDirectory("api-guards");
        released = SyntheticContract.Create(temp.Combine("released"), temp.Combine("baselines"));
        Directory.CreateDirectory(released.BaselinesDirectory);

        var pack = await released.PackAsync(temp.Combine("released-packages"));
        Assert.That(pack.Succeeded, Is.True, pack.Output);
        File.Copy(temp.Combine("released-packages", $"{SyntheticContract.PackageId}.1.0.0.nupkg"), Path.Combine(released.BaselinesDirectory, $"{SyntheticContract.PackageId}.1.0.0.nupkg"));
    }

    [OneTimeTearDown]
    public void DeleteWorkspace() => temp.Dispose();

    [Test]
    public async Task Removing_a_public_member_fails_the_pack_and_names_the_member()
    {
        var contract = released.CopyTo(temp.Combine("removed"));
        contract.SetVersion("1.1.0");
        contract.RemoveEvening();

        var pack = await contract.PackAsync(temp.Combine("removed-packages"));

        Assert.Multiple(() =>
        {
            Assert.That(pack.Succeeded, Is.False, pack.Output);
            Assert.That(pack.Output, Does.Contain("error CP0002"));
            Assert.That(pack.Output, Does.Contain("Acme.Contracts.Greeting.Evening()"));
            Assert.That(pack.Output, Does.Contain("validating against the released 1.0.0"));
        });
    }

    [Test]
    public async Task Adding_a_public_member_passes()
    {
        var contract = released.CopyTo(temp.Combine("added"));
        contract.SetVersion("1.1.0");
        contract.AddNight();

        var pack = await contract.PackAsync(temp.Combine("added-packages"));

        Assert.Multiple(() =>
        {
            Assert.That(pack.Succeeded, Is.True, pack.Output);
            Assert.That(pack.Output, Does.Contain("validating against the released 1.0.0"));
            Assert.That(File.Exists(temp.Combine("added-packages", $"{SyntheticContract.PackageId}.1.1.0.nupkg")), Is.True);
        });
    }

    [Test]
    public async Task Removing_a_public_member_passes_when_the_major_version_is_raised()
    {
        var contract = released.CopyTo(temp.Combine("major"));
        contract.SetVersion("2.0.0");
        contract.RemoveEvening();

        var pack = await contract.PackAsync(temp.Combine("major-packages"));

        Assert.Multiple(() =>
        {
            Assert.That(pack.Succeeded, Is.True, pack.Output);
            Assert.That(pack.Output, Does.Contain("new major version over the released 1.0.0"));
            Assert.That(File.Exists(temp.Combine("major-packages", $"{SyntheticContract.PackageId}.2.0.0.nupkg")), Is.True);
        });
    }

    [Test]
    public async Task A_version_below_the_released_one_fails()
    {
        var contract = released.CopyTo(temp.Combine("lower"));
        contract.SetVersion("0.9.0");

        var pack = await contract.PackAsync(temp.Combine("lower-packages"));

        Assert.Multiple(() =>
        {
            Assert.That(pack.Succeeded, Is.False, pack.Output);
            Assert.That(pack.Output, Does.Contain("PLAT2002"));
        });
    }
}
