using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests;

/// <summary>Discovery finds the projects the per-project tests run over, so those tests never pass for want of cases.</summary>
public sealed class DiscoveryTests
{
    [Test]
    public void Discovery_finds_the_kernel_and_the_kernel_contracts()
    {
        var catalog = ProjectCatalog.Current;

        Assert.Multiple(() =>
        {
            Assert.That(catalog.In(ProjectArea.Contracts).Select(p => p.RelativePath), Does.Contain("api-contracts/Platform.Contracts/Platform.Contracts.csproj"));
            Assert.That(catalog.In(ProjectArea.Core).Select(p => p.RelativePath), Does.Contain("core/Platform.Core/Platform.Core.csproj"));
        });
    }

    [Test]
    public void Discovery_skips_build_output_folders() =>
        Assert.That(ProjectCatalog.Current.Projects.Select(p => p.RelativePath), Has.None.Contains("/bin/").And.None.Contains("/obj/"));
}
