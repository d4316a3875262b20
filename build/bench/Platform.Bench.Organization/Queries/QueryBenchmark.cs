using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Permissions;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Organization.Import;
using Platform.Core.Organization.Snapshot;

namespace Platform.Bench.Organization.Queries;

/// <summary>
/// <c>queries --file F [--work DIR] [--checks N] [--seed N]</c>: imports F into a fresh database (not timed), adds a
/// realistic grant set, then measures on the warm process (1) permission checks — throughput on one thread and on every
/// core, and the latency of each call — and (2) members of the largest unit's root department with its sub-departments,
/// both computed afresh each time and as served (cached per snapshot).
/// </summary>
internal static class QueryBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var work = arguments.Optional("work") ?? Path.Combine(Path.GetTempPath(), "platform-org-queries");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        var checks = arguments.Int("checks", 2_000_000);
        var seed = arguments.Int("seed", 7);
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = work }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();

        Console.WriteLine("Importing the organisation (not timed)…");
        await using (var scope = provider.CreateAsyncScope())
        await using (var stream = File.OpenRead(arguments.Required("file")))
        {
            var report = await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>()
                .ImportAsync(await OrgDocumentJson.ReadAsync(stream, CancellationToken.None), dryRun: false, null, CancellationToken.None);
            if (!report.Applied)
            {
                throw new BenchmarkException("the import was not applied");
            }
        }

        var model = provider.GetRequiredService<OrgSnapshotHolder>().Current.Model;
        var permissions = provider.GetRequiredService<IPermissionService>();
        var grants = GrantSet.Create(model, seed);
        foreach (var grant in grants)
        {
            await permissions.GrantAsync(grant, CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Organisation: {model.Members.Count:N0} members, {model.Departments.Count:N0} departments; {grants.Count:N0} grants on {GrantSet.Resources} resources."));
        MeasureChecks(provider, permissions, checks, seed);
        MeasureMembersOf(provider);
        return 0;
    }

    private static void MeasureChecks(IServiceProvider provider, IPermissionService permissions, int checks, int seed)
    {
        var model = provider.GetRequiredService<OrgSnapshotHolder>().Current.Model;
        var members = model.Members.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(seed);
        var queries = Enumerable.Range(0, 1 << 16)
            .Select(_ => (Member: members[random.Next(members.Length)], Action: random.Next(2) == 0 ? "read" : "edit", Resource: $"bench/resource/{random.Next(GrantSet.Resources + 50)}"))
            .ToArray();

        var cold = new Latencies(members.Length);
        foreach (var member in members)
        {
            var started = Stopwatch.GetTimestamp();
            permissions.IsAllowed(member, "read", "bench/resource/0");
            cold.Add(Stopwatch.GetTimestamp() - started);
        }

        var latencies = new Latencies(checks);
        var allowed = 0;
        var timer = Stopwatch.StartNew();
        for (var i = 0; i < checks; i++)
        {
            var (member, action, resource) = queries[i & (queries.Length - 1)];
            var started = Stopwatch.GetTimestamp();
            allowed += permissions.IsAllowed(member, action, resource) ? 1 : 0;
            latencies.Add(Stopwatch.GetTimestamp() - started);
        }

        timer.Stop();
        var threads = Environment.ProcessorCount;
        var parallel = Stopwatch.StartNew();
        Parallel.For(0, threads, t =>
        {
            for (var i = 0; i < checks / threads; i++)
            {
                var (member, action, resource) = queries[(i + (t * 7919)) & (queries.Length - 1)];
                permissions.IsAllowed(member, action, resource);
            }
        });
        parallel.Stop();

        Console.WriteLine();
        Console.WriteLine("Permission checks (IPermissionService.IsAllowed, warm process)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first check of each member (computes its principal set): {cold.Microseconds()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {checks:N0} checks, 1 thread:   {checks / timer.Elapsed.TotalSeconds:N0} checks/s   ({allowed * 100.0 / checks:0}% allowed)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  per check:                {latencies.Microseconds()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {checks:N0} checks, {threads} threads:  {checks / parallel.Elapsed.TotalSeconds:N0} checks/s"));
        var perSecond = checks / timer.Elapsed.TotalSeconds;
        Console.WriteLine($"  goal ≥ 200,000 checks/s: {(perSecond >= 200_000 ? "met" : "MISSED")}; goal p99 ≤ 50 µs: {(latencies.Percentile(99) <= 50 ? "met" : "MISSED")}");
    }

    private static void MeasureMembersOf(IServiceProvider provider)
    {
        var model = provider.GetRequiredService<OrgSnapshotHolder>().Current.Model;
        var directory = provider.GetRequiredService<IMemberDirectory>();
        var (root, size) = model.TopDepartments.Values.SelectMany(d => d)
            .Select(d => (Department: d, Members: model.ComputeMembersOf(d.Id, includeSubDepartments: true, includeDisabled: false).Count))
            .MaxBy(x => x.Members);

        var fresh = new Latencies(200);
        for (var i = 0; i < 200; i++)
        {
            var started = Stopwatch.GetTimestamp();
            model.ComputeMembersOf(root.Id, includeSubDepartments: true, includeDisabled: false);
            fresh.Add(Stopwatch.GetTimestamp() - started);
        }

        var served = new Latencies(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            var started = Stopwatch.GetTimestamp();
            directory.MembersOf(root.Id, includeSubDepartments: true);
            served.Add(Stopwatch.GetTimestamp() - started);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Members of '{root.Name}' with sub-departments (largest unit's root: {size:N0} members, {model.SubtreeOf(root.Id).Count:N0} departments)"));
        Console.WriteLine($"  computed afresh (200×):            {fresh.Milliseconds()}");
        Console.WriteLine($"  as served, cached per snapshot:    {served.Milliseconds()}");
        Console.WriteLine($"  goal p99 ≤ 20 ms: {(fresh.Percentile(99) / 1000 <= 20 ? "met even uncached" : served.Percentile(99) / 1000 <= 20 ? "met (cached only)" : "MISSED")}");
    }
}
