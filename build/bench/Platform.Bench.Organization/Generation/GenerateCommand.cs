using System.Diagnostics;
using Platform.Core.Organization.Import;

namespace Platform.Bench.Organization.Generation;

/// <summary><c>generate --out FILE [--seed N] [--members N] …</c>: writes the organisation document.</summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var defaults = new GeneratorSettings();
        var settings = new GeneratorSettings
        {
            Seed = arguments.Int("seed", defaults.Seed),
            Members = arguments.Int("members", defaults.Members),
            Units = arguments.Int("units", defaults.Units),
            TopDepartmentsPerUnit = arguments.Int("roots", defaults.TopDepartmentsPerUnit),
            Departments = arguments.Int("departments", defaults.Departments),
            Posts = arguments.Int("posts", defaults.Posts),
            ConcurrentPositions = arguments.Int("concurrent", defaults.ConcurrentPositions),
        };
        var path = Path.GetFullPath(arguments.Required("out"));
        var started = Stopwatch.GetTimestamp();
        var document = new OrgGenerator(settings).Generate();
        await using (var file = File.Create(path))
        {
            await OrgDocumentJson.WriteAsync(file, document, CancellationToken.None);
        }

        var concurrent = document.Members!.Sum(m => m.Concurrent?.Count ?? 0);
        Console.WriteLine(
            $"generated {path} ({new FileInfo(path).Length / 1_048_576.0:0.0} MiB, seed {settings.Seed}) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: " +
            $"{document.Units!.Count:N0} units, {document.Departments!.Count:N0} departments, {document.Posts!.Count:N0} posts, {document.Levels!.Count:N0} levels, " +
            $"{document.Members!.Count:N0} members, {concurrent:N0} concurrent posts, {document.Roles!.Sum(r => r.Holders!.Count):N0} role holders, " +
            $"{document.Groups!.Sum(g => g.Members!.Count):N0} group members");
        return 0;
    }
}
