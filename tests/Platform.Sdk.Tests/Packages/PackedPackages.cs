using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.Packages;

/// <summary>
/// build/pack.sh, run once per test run into a temporary folder: every package a vendor would get, built from this
/// checkout, with the contract packages validated against build/baselines. Tests that need packages share this run.
/// </summary>
internal static class PackedPackages
{
    private static readonly Lazy<Task<ProcessResult>> Run = new(PackAsync);

    public static string Directory { get; } = Path.Combine(Path.GetTempPath(), "platform-sdk-tests", $"packages-{Guid.NewGuid():N}");

    /// <summary>Packs (once) and fails the calling test with pack.sh's output when it failed.</summary>
    public static async Task<string> EnsurePackedAsync()
    {
        var result = await Run.Value;
        Assert.That(result.Succeeded, Is.True, $"build/pack.sh failed:\n{result.Output}");
        return Directory;
    }

    public static string Package(string id, string version, string extension = "nupkg") => Path.Combine(Directory, $"{id}.{version}.{extension}");

    private static Task<ProcessResult> PackAsync() =>
        ProcessRunner.RunAsync("bash", [RepoPaths.PackScript, "-o", Directory], RepoPaths.Root, timeout: TimeSpan.FromMinutes(15));
}
