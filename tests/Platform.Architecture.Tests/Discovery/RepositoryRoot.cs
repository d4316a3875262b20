namespace Platform.Architecture.Tests.Discovery;

/// <summary>Finds the repository root: the nearest folder above the tests that holds <c>Platform.sln</c>.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "Platform.sln";

    private static readonly Lazy<string> Current = new(() => Find(TestContext.CurrentContext.TestDirectory));

    public static string Path => Current.Value;

    public static string Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} found in {startDirectory} or any folder above it.");
    }
}
