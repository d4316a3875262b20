using NuGet.Versioning;
using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

/// <summary>
/// Decides, before anything is loaded, which modules can load and in what order: duplicate ids, contract
/// compatibility, dependencies (absent, wrong version, not loadable) and dependency cycles.
/// </summary>
internal static class ModuleResolver
{
    /// <summary>Checks every candidate and returns the live ones in dependency order (engines first, then by id).</summary>
    public static IReadOnlyList<ModuleCandidate> Resolve(IReadOnlyList<ModuleCandidate> candidates, ContractCatalog contracts)
    {
        RejectDuplicates(candidates);
        foreach (var candidate in candidates.Where(c => c.Manifest is not null))
        {
            CheckContracts(candidate, contracts);
        }

        var byId = candidates.Where(c => c.Manifest is not null)
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var candidate in byId.Values)
        {
            DescribeDependencies(candidate, byId);
        }

        while (true)
        {
            PropagateDependencyFailures(byId);
            var (ordered, cyclic) = TopologicalOrder(byId.Values.Where(c => c.IsAlive).ToList());
            if (cyclic.Count == 0)
            {
                return ordered;
            }

            foreach (var (candidate, cycle) in cyclic)
            {
                candidate.Stop(ModuleState.Failed, $"Dependency cycle: {string.Join(" → ", cycle)}. Remove one of these dependencies.");
            }
        }
    }

    /// <summary>
    /// A contract is satisfied when the provided version is in the range and of the same major version as the
    /// range's lower bound: a plugin built against 1.x never runs on 2.x, whatever its range says.
    /// </summary>
    public static bool IsCompatible(VersionRange range, NuGetVersion provided) =>
        range.Satisfies(provided) && (range.MinVersion is null || range.MinVersion.Major == provided.Major);

    private static void RejectDuplicates(IReadOnlyList<ModuleCandidate> candidates)
    {
        foreach (var group in candidates.Where(c => c.Manifest is not null).GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                duplicate.Stop(ModuleState.Failed, $"Another module already has the id '{duplicate.Id}' ({first.Location ?? "linked into the host"}). Remove one of them.");
            }
        }
    }

    private static void CheckContracts(ModuleCandidate candidate, ContractCatalog contracts)
    {
        var results = new List<VersionRequirement>();
        var problems = new List<string>();
        foreach (var (name, rangeText) in candidate.Manifest!.Contracts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var range = VersionRange.Parse(rangeText);
            var provided = contracts.Find(name);
            var satisfied = provided is not null && IsCompatible(range, provided);
            results.Add(new VersionRequirement(name, range.ToNormalizedString(), provided?.ToNormalizedString(), satisfied));
            if (provided is null)
            {
                problems.Add($"{name} {range.ToNormalizedString()} is not provided by this host");
            }
            else if (!satisfied)
            {
                problems.Add($"{name} {range.ToNormalizedString()} is required but this host provides {provided.ToNormalizedString()}");
            }
        }

        candidate.Contracts = results;
        if (problems.Count > 0)
        {
            candidate.Stop(ModuleState.Incompatible, $"Incompatible contracts: {string.Join("; ", problems)}. Install a version of '{candidate.Id}' built for this host.");
        }
    }

    private static void DescribeDependencies(ModuleCandidate candidate, Dictionary<string, ModuleCandidate> byId)
    {
        var results = new List<VersionRequirement>();
        var problems = new List<string>();
        foreach (var (id, rangeText) in candidate.Manifest!.Dependencies.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var range = VersionRange.Parse(rangeText);
            var installed = byId.GetValueOrDefault(id);
            var version = installed?.Manifest is { } m ? NuGetVersion.Parse(m.Version) : null;
            var satisfied = version is not null && range.Satisfies(version);
            results.Add(new VersionRequirement(id, range.ToNormalizedString(), version?.ToNormalizedString(), satisfied));
            if (installed is null)
            {
                problems.Add($"module '{id}' {range.ToNormalizedString()} is not installed");
            }
            else if (!satisfied)
            {
                problems.Add($"module '{id}' {range.ToNormalizedString()} is required but {version} is installed");
            }
        }

        candidate.Dependencies = results;
        if (problems.Count > 0)
        {
            candidate.Stop(ModuleState.MissingDependency, $"Missing dependency: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>A module whose dependency cannot load cannot load either; repeats until nothing changes.</summary>
    public static void PropagateDependencyFailures(IReadOnlyDictionary<string, ModuleCandidate> byId)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var candidate in byId.Values.Where(c => c.IsAlive))
            {
                var dead = candidate.Manifest!.Dependencies.Keys
                    .Select(id => byId.GetValueOrDefault(id))
                    .FirstOrDefault(d => d is { IsAlive: false });
                if (dead is not null)
                {
                    candidate.Stop(ModuleState.MissingDependency, $"Missing dependency: module '{dead.Id}' is installed but not loaded ({dead.State}: {dead.Reason})");
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static (List<ModuleCandidate> Ordered, List<(ModuleCandidate Candidate, IReadOnlyList<string> Cycle)> Cyclic) TopologicalOrder(List<ModuleCandidate> alive)
    {
        var ids = alive.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var remaining = alive.ToDictionary(c => c.Id, c => c.Manifest!.Dependencies.Keys.Count(ids.ContainsKey), StringComparer.Ordinal);
        var ordered = new List<ModuleCandidate>();
        var ready = new SortedSet<(int Kind, string Id)>(alive.Where(c => remaining[c.Id] == 0).Select(c => ((int)c.Kind, c.Id)));
        while (ready.Count > 0)
        {
            var next = ready.Min;
            ready.Remove(next);
            ordered.Add(ids[next.Id]);
            foreach (var dependent in alive.Where(c => c.Manifest!.Dependencies.ContainsKey(next.Id)))
            {
                if (--remaining[dependent.Id] == 0)
                {
                    ready.Add(((int)dependent.Kind, dependent.Id));
                }
            }
        }

        var stuck = alive.Where(c => remaining[c.Id] > 0).ToList();
        var cyclic = stuck.Select(c => (c, FindCycle(c, ids, stuck))).Where(x => x.Item2 is not null)
            .Select(x => (x.c, (IReadOnlyList<string>)x.Item2!)).ToList();
        return (ordered, cyclic);
    }

    /// <summary>The cycle through <paramref name="start"/>, as ids from start back to start; <see langword="null"/> when it only depends on a cycle.</summary>
    private static List<string>? FindCycle(ModuleCandidate start, Dictionary<string, ModuleCandidate> ids, List<ModuleCandidate> stuck)
    {
        var stuckIds = stuck.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var path = new List<string> { start.Id };
        return Walk(start) ? path : null;

        bool Walk(ModuleCandidate current)
        {
            foreach (var dep in current.Manifest!.Dependencies.Keys.Where(stuckIds.Contains).Order(StringComparer.Ordinal))
            {
                if (dep == start.Id)
                {
                    path.Add(dep);
                    return true;
                }

                if (path.Contains(dep))
                {
                    continue;
                }

                path.Add(dep);
                if (Walk(ids[dep]))
                {
                    return true;
                }

                path.RemoveAt(path.Count - 1);
            }

            return false;
        }
    }
}
