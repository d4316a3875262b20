namespace Platform.Contracts.Organization.Agents;

/// <summary>
/// A standing agent (代理): from <see cref="Start"/> to <see cref="End"/>, the work of <see cref="PrincipalId"/> within
/// <see cref="Scope"/> goes to <see cref="AgentId"/>, recorded as "agent on behalf of principal".
/// </summary>
/// <param name="Id">Stable id.</param>
/// <param name="PrincipalId">The member whose work is handed over.</param>
/// <param name="AgentId">The member who acts for them.</param>
/// <param name="Start">When the agency begins (inclusive).</param>
/// <param name="End">When it ends (exclusive).</param>
/// <param name="Scope">
/// What it covers: <see langword="null"/> for everything, otherwise a path such as <c>news</c> (an app) or
/// <c>workflow/leave-request</c> (a process). A scope covers itself and every path below it.
/// </param>
public sealed record AgentAssignment(string Id, string PrincipalId, string AgentId, DateTimeOffset Start, DateTimeOffset End, string? Scope);
