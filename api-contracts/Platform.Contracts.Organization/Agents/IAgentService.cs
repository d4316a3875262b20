namespace Platform.Contracts.Organization.Agents;

/// <summary>Standing agents: who acts for whom, when, for what.</summary>
public interface IAgentService
{
    /// <summary>The agent acting for <paramref name="memberId"/> at <paramref name="at"/> for <paramref name="scope"/>, or <see langword="null"/>. Agency is not transitive.</summary>
    /// <param name="memberId">The member whose work is being assigned.</param>
    /// <param name="scope">What the work belongs to, e.g. <c>workflow/leave-request</c>; <see langword="null"/> matches only agencies for everything.</param>
    /// <param name="at">The moment in question.</param>
    AgentAssignment? ActingFor(string memberId, string? scope, DateTimeOffset at);

    /// <summary>The agencies a member has given, current and future.</summary>
    /// <param name="memberId">The principal.</param>
    IReadOnlyList<AgentAssignment> AgentsOf(string memberId);

    /// <summary>Names an agent (see <see cref="AssignAgent"/> for what is rejected).</summary>
    /// <param name="request">The agency.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task<AgentAssignment> AssignAsync(AssignAgent request, CancellationToken cancellationToken);

    /// <summary>Ends an agency now.</summary>
    /// <param name="assignmentId">Agency id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    Task RevokeAsync(string assignmentId, CancellationToken cancellationToken);
}
