using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Agents;
using Platform.Core.Organization.Persistence.Entities;
using Platform.Core.Organization.Snapshot;

namespace Platform.Core.Organization.Agents;

/// <summary>Standing agents: answered from the snapshot, changed through <see cref="OrgWriter"/>.</summary>
internal sealed partial class AgentService(OrgSnapshotHolder holder, OrgWriter writer, TimeProvider clock) : IAgentService
{
    public AgentAssignment? ActingFor(string memberId, string? scope, DateTimeOffset at)
    {
        var snapshot = holder.Current;
        var agency = snapshot.Agents.ActingFor(memberId, scope, at);
        return agency is not null && snapshot.Model.Members.TryGetValue(agency.AgentId, out var agent) && agent.IsEnabled ? agency : null;
    }

    public IReadOnlyList<AgentAssignment> AgentsOf(string memberId)
    {
        var now = clock.GetUtcNow();
        return holder.Current.Agents.Of(memberId).Where(a => a.End > now).ToList();
    }

    public async Task<AgentAssignment> AssignAsync(AssignAgent request, CancellationToken cancellationToken)
    {
        var scope = string.IsNullOrWhiteSpace(request.Scope) ? null : request.Scope.Trim();
        Check(request, scope);
        var row = new AgentRow
        {
            Id = Guid.CreateVersion7().ToString(),
            PrincipalId = request.PrincipalId,
            AgentId = request.AgentId,
            StartUtcTicks = request.Start.UtcTicks,
            EndUtcTicks = request.End.UtcTicks,
            Scope = scope,
        };
        await writer.WriteAsync(
            async db =>
            {
                // Checked against the database inside the write, so two overlapping requests cannot both pass.
                var theirs = await db.Agents.AsNoTracking()
                    .Where(a => a.PrincipalId == request.PrincipalId && a.StartUtcTicks < row.EndUtcTicks && row.StartUtcTicks < a.EndUtcTicks)
                    .ToListAsync(cancellationToken);
                if (theirs.FirstOrDefault(a => AgentTable.Overlap(a.Scope, scope)) is { } clash)
                {
                    throw new PlatformException(
                        "org.agent.overlap",
                        $"The member already has an agent from {new DateTimeOffset(clash.StartUtcTicks, TimeSpan.Zero):u} to {new DateTimeOffset(clash.EndUtcTicks, TimeSpan.Zero):u} for {clash.Scope ?? "everything"}, which overlaps.",
                        ErrorKind.Conflict);
                }

                db.Agents.Add(row);
                return row;
            },
            OrgPart.Agents,
            cancellationToken);
        return new AgentAssignment(row.Id, row.PrincipalId, row.AgentId, request.Start.ToUniversalTime(), request.End.ToUniversalTime(), scope);
    }

    public async Task RevokeAsync(string assignmentId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcTicks;
        await writer.WriteAsync(
            async db =>
            {
                var row = await db.Agents.FindAsync([assignmentId], cancellationToken)
                    ?? throw PlatformException.NotFound("org.agent.not_found", $"There is no agency '{assignmentId}'.");
                if (row.StartUtcTicks >= now)
                {
                    db.Agents.Remove(row);
                }
                else if (row.EndUtcTicks > now)
                {
                    row.EndUtcTicks = now;
                }

                return row;
            },
            OrgPart.Agents,
            cancellationToken);
    }

    private void Check(AssignAgent request, string? scope)
    {
        var model = holder.Current.Model;
        var errors = new List<FieldError>();
        if (!model.Members.ContainsKey(request.PrincipalId))
        {
            errors.Add(new FieldError("principalId", "unknown_reference", $"There is no member '{request.PrincipalId}'."));
        }

        if (!model.Members.TryGetValue(request.AgentId, out var agent))
        {
            errors.Add(new FieldError("agentId", "unknown_reference", $"There is no member '{request.AgentId}'."));
        }
        else if (!agent.IsEnabled)
        {
            errors.Add(new FieldError("agentId", "disabled", "A disabled member cannot act as agent."));
        }

        if (request.PrincipalId == request.AgentId)
        {
            errors.Add(new FieldError("agentId", "self", "A member cannot be their own agent."));
        }

        if (request.End <= request.Start)
        {
            errors.Add(new FieldError("end", "out_of_range", "The end must be after the start."));
        }
        else if (request.End <= clock.GetUtcNow())
        {
            errors.Add(new FieldError("end", "in_past", "The agency would already be over."));
        }

        if (scope is not null && (scope.Length > 200 || !ScopePattern().IsMatch(scope)))
        {
            errors.Add(new FieldError("scope", "format", "A scope is a path of lower-case segments such as 'news' or 'workflow/leave-request'."));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*$")]
    private static partial Regex ScopePattern();
}
