using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Permissions;
using Platform.Core.Organization.Persistence.Entities;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Permissions;

/// <summary>Permission checks from the snapshot; grant changes through <see cref="OrgWriter"/>.</summary>
internal sealed class PermissionService(OrgSnapshotHolder holder, OrgWriter writer) : IPermissionService
{
    public bool IsAllowed(string memberId, string action, string resource)
    {
        var snapshot = holder.Current;
        return snapshot.Model.FactsOf(memberId) is { } facts && snapshot.Grants.IsAllowed(facts, action, resource);
    }

    public IReadOnlySet<string> PrincipalTokensOf(string memberId) =>
        holder.Current.Model.FactsOf(memberId)?.Tokens ?? (IReadOnlySet<string>)new HashSet<string>();

    public IReadOnlyList<Grant> GrantsOn(string resource) => holder.Current.Grants.On(resource);

    public async Task<Grant> GrantAsync(NewGrant grant, CancellationToken cancellationToken)
    {
        GrantRules.Check(grant, holder.Current.Model);
        var existing = GrantsOn(grant.Resource).FirstOrDefault(g => g.Action == grant.Action && g.Principal == grant.Principal && g.Effect == grant.Effect);
        if (existing is not null)
        {
            return existing;
        }

        var row = new GrantRow
        {
            Id = Guid.CreateVersion7().ToString(),
            Resource = grant.Resource,
            Action = grant.Action,
            PrincipalKind = grant.Principal.Kind,
            PrincipalId = grant.Principal.Id,
            MinRank = grant.Principal.MinRank,
            MaxRank = grant.Principal.MaxRank,
            Effect = grant.Effect,
        };
        await writer.WriteAsync(db => Task.FromResult(db.Grants.Add(row)), OrgPart.Grants, cancellationToken);
        return new Grant(row.Id, row.Resource, row.Action, grant.Principal, row.Effect);
    }

    public async Task RevokeAsync(string grantId, CancellationToken cancellationToken) =>
        await writer.WriteAsync(
            async db =>
            {
                var row = await db.Grants.FindAsync([grantId], cancellationToken)
                    ?? throw PlatformException.NotFound("org.grant.not_found", $"There is no grant '{grantId}'.");
                db.Grants.Remove(row);
                return row;
            },
            OrgPart.Grants,
            cancellationToken);
}
