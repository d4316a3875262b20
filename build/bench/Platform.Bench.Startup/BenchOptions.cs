using System.Globalization;

namespace Platform.Bench.Startup;

/// <summary>Command line: <c>[--iterations N] [--repo DIR]</c>.</summary>
internal sealed record BenchOptions(int Iterations, string RepoRoot)
{
    public const int DefaultIterations = 15;

    public static BenchOptions Parse(string[] args)
    {
        var iterations = DefaultIterations;
        string? repo = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new BenchmarkException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--iterations" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out iterations) && iterations > 0:
                    break;
                case "--repo":
                    repo = Path.GetFullPath(value);
                    break;
                default:
                    throw new BenchmarkException($"unknown or invalid argument '{args[i]} {value}' (usage: [--iterations N>0] [--repo DIR]).");
            }

            i++;
        }

        return new BenchOptions(iterations, repo ?? FindRepoRoot());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Platform.sln")))
            {
                return dir.FullName;
            }
        }

        throw new BenchmarkException("cannot find the repository root (Platform.sln) above the driver; pass --repo.");
    }
}
