using Platform.Sdk.Tests.Packages;

namespace Platform.Sdk.Tests;

/// <summary>For every test of this assembly (root namespace): deletes what the whole run shared: the packages build/pack.sh wrote for it.</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void DeletePackedPackages()
    {
        if (Directory.Exists(PackedPackages.Directory))
        {
            Directory.Delete(PackedPackages.Directory, recursive: true);
        }
    }
}
