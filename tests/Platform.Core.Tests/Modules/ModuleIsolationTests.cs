using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Core.Tests.Fixtures.Alpha;
using Platform.Core.Tests.Fixtures.Beta;
using Platform.Core.Tests.Fixtures.Delta;
using Platform.Core.Tests.Fixtures.Throwing;

namespace Platform.Core.Tests.Modules;

public sealed class ModuleIsolationTests
{
    [Test]
    public async Task A_module_whose_registration_throws_leaves_no_services_behind()
    {
        using var dir = new TempDirectory();
        await using var kernel = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new ThrowingModule());

        var throwing = kernel.Catalog.Find("throwing")!;
        Assert.That(throwing.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(throwing.Reason, Does.Contain("registering its services").And.Contain("registration is broken on purpose"));
        Assert.That(kernel.Services.GetService<ThrowingModule>(), Is.Null, "what it registered before throwing was discarded");
        Assert.That(kernel.Catalog.IsLoaded("alpha"), Is.True);
    }

    [Test]
    public async Task A_second_handler_for_the_same_request_fails_its_module()
    {
        using var dir = new TempDirectory();
        await using var kernel = await KernelHarness.StartAsync(dir.Path, new AlphaModule(), new BetaModule(), new DeltaModule());

        var delta = kernel.Catalog.Find("delta")!;
        Assert.That(delta.State, Is.EqualTo(ModuleState.Failed));
        Assert.That(delta.Reason, Does.Contain(nameof(WriteBetaEntry)).And.Contain("'beta'"));

        await kernel.SendAsync(new WriteBetaEntry("handled by beta"));
        Assert.That(kernel.Scalar("SELECT COUNT(*) FROM beta_entries"), Is.EqualTo(1));
    }
}
