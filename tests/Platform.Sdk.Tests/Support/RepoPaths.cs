namespace Platform.Sdk.Tests.Support;

/// <summary>Where the repository, its scripts and its built plugins are.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string PackScript => Path.Combine(Root, "build", "pack.sh");

    public static string BuiltPlugin(string id) => Existing(Path.Combine(Root, "artifacts", "plugins", id));

    /// <summary>The fixture plugins (tests/Platform.TestPlugins); their plugin.json loads the well-behaved notes module.</summary>
    public static string BuiltTestPlugins => Existing(Path.Combine(Root, "artifacts", "test-plugins", "test-plugins"));

    private static string Existing(string folder) =>
        Directory.Exists(folder) ? folder : throw new DirectoryNotFoundException($"{folder} does not exist: build the solution first (build/test.sh does).");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Platform.sln not found above the test directory.");
    }
}
