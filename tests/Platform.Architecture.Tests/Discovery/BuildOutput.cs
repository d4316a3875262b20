using System.Reflection;

namespace Platform.Architecture.Tests.Discovery;

/// <summary>Where built assemblies are found. Missing output is a failure that says how to fix it, never a skip.</summary>
internal static class BuildOutput
{
    public const string BuildFirst = "Build the solution first: dotnet build Platform.sln -c Release (the test command always does).";

    /// <summary>The folder the tests run from; contract and core assemblies are copied here by project reference.</summary>
    public static string TestDirectory => TestContext.CurrentContext.TestDirectory;

    public static string Configuration => Metadata(nameof(Configuration));

    public static string TargetFramework => Metadata(nameof(TargetFramework));

    /// <summary><c>artifacts/plugins/</c>, where each app's build lands in a folder named by its plugin id.</summary>
    public static string PluginsDirectory => Path.Combine(RepositoryRoot.Path, "artifacts", "plugins");

    /// <summary>A contract or core assembly next to the tests; fails the test when it is not there.</summary>
    public static string ReferencedAssembly(string assemblyName)
    {
        var path = Path.Combine(TestDirectory, assemblyName + ".dll");
        if (!File.Exists(path))
        {
            Assert.Fail($"{assemblyName}.dll is not in {TestDirectory}. The test project references api-contracts/*/*.csproj and core/*/*.csproj by wildcard; " + BuildFirst);
        }

        return path;
    }

    private static string Metadata(string key) =>
        typeof(BuildOutput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");
}
