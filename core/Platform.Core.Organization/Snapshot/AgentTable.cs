using System.Collections.Frozen;
using Platform.Contracts.Organization.Agents;

namespace Platform.Core.Organization.Snapshot;

/// <summary>Every agency, by principal, immutable.</summary>
internal sealed class AgentTable(IEnumerable<AgentAssignment> agencies)
{
    private readonly FrozenDictionary<string, AgentAssignment[]> _byPrincipal = agencies
        .GroupBy(a => a.PrincipalId, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderBy(a => a.Start).ToArray(), StringComparer.Ordinal);

    public IReadOnlyList<AgentAssignment> Of(string principalId) => _byPrincipal.GetValueOrDefault(principalId, []);

    /// <summary>The agency in force at <paramref name="at"/> whose scope covers <paramref name="scope"/>, the most specific first.</summary>
    public AgentAssignment? ActingFor(string principalId, string? scope, DateTimeOffset at) =>
        Of(principalId)
            .Where(a => a.Start <= at && at < a.End && Covers(a.Scope, scope))
            .OrderByDescending(a => a.Scope?.Length ?? -1)
            .FirstOrDefault();

    /// <summary>Whether an agency scope covers a work scope: everything covers all; a path covers itself and what lies below it.</summary>
    public static bool Covers(string? agencyScope, string? workScope) =>
        agencyScope is null ||
        (workScope is not null && (workScope == agencyScope || workScope.StartsWith(agencyScope + "/", StringComparison.Ordinal)));

    /// <summary>Whether two agency scopes could both apply to some work.</summary>
    public static bool Overlap(string? a, string? b) => Covers(a, b) || Covers(b, a);
}
