using Platform.Core.Forms.Tests.Support;

namespace Platform.Core.Forms.Tests;

/// <summary>Disposes the shared <see cref="ProcessingFixture"/> after every test of the assembly has run.</summary>
[SetUpFixture]
public sealed class ProcessingFixtureTeardown
{
    [OneTimeTearDown]
    public async Task StopAsync() => await ProcessingFixture.StopAsync();
}
