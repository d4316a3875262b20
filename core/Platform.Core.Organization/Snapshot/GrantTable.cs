using System.Collections.Frozen;
using Platform.Contracts.Organization.Permissions;

namespace Platform.Core.Organization.Snapshot;

/// <summary>Every grant, indexed by resource and action, immutable.</summary>
internal sealed class GrantTable
{
    public const string AnyAction = "*";

    private readonly FrozenDictionary<string, FrozenDictionary<string, Grant[]>> _byResource;

    public GrantTable(IEnumerable<Grant> grants) =>
        _byResource = grants
            .GroupBy(g => g.Resource, StringComparer.Ordinal)
            .ToFrozenDictionary(
                r => r.Key,
                r => r.GroupBy(g => g.Action, StringComparer.Ordinal).ToFrozenDictionary(a => a.Key, a => a.ToArray(), StringComparer.Ordinal),
                StringComparer.Ordinal);

    public IReadOnlyList<Grant> On(string resource) =>
        _byResource.TryGetValue(resource, out var actions) ? actions.Values.SelectMany(g => g).ToList() : [];

    /// <summary>Deny wins, then allow, else denied (see <see cref="IPermissionService"/>).</summary>
    public bool IsAllowed(MemberFacts facts, string action, string resource)
    {
        if (!_byResource.TryGetValue(resource, out var actions))
        {
            return false;
        }

        var allowed = false;
        if (actions.TryGetValue(action, out var exact) && Evaluate(exact, facts, ref allowed))
        {
            return false;
        }

        if (action != AnyAction && actions.TryGetValue(AnyAction, out var any) && Evaluate(any, facts, ref allowed))
        {
            return false;
        }

        return allowed;
    }

    /// <summary>Returns true when a deny applies; sets <paramref name="allowed"/> when an allow does.</summary>
    private static bool Evaluate(Grant[] grants, MemberFacts facts, ref bool allowed)
    {
        foreach (var grant in grants)
        {
            if (!Applies(grant.Principal, facts))
            {
                continue;
            }

            if (grant.Effect == GrantEffect.Deny)
            {
                return true;
            }

            allowed = true;
        }

        return false;
    }

    private static bool Applies(Principal principal, MemberFacts facts)
    {
        if (principal.Kind != PrincipalKind.LevelRange)
        {
            return facts.Tokens.Contains(principal.Token!);
        }

        foreach (var rank in facts.Ranks)
        {
            if (rank >= (principal.MinRank ?? int.MinValue) && rank <= (principal.MaxRank ?? int.MaxValue))
            {
                return true;
            }
        }

        return false;
    }
}
