namespace Platform.Core.Forms.Tests.Support;

/// <summary>
/// One organisation and one set of processing services for every test that needs them (they only read), started on
/// first use and disposed when the test run ends.
/// </summary>
internal static class ProcessingFixture
{
    private static readonly Lazy<ProcessingHarness> Shared = new(() => ProcessingHarness.StartAsync().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static ProcessingHarness Harness => Shared.Value;

    public static ValueTask StopAsync() => Shared.IsValueCreated ? Shared.Value.DisposeAsync() : ValueTask.CompletedTask;
}
