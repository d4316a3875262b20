namespace Platform.Contracts.Organization.Agents;

/// <summary>Names an agent. Rejected when the principal acts for themself, the period is empty, or it overlaps another of the principal's agencies with an overlapping scope.</summary>
/// <param name="PrincipalId">The member whose work is handed over.</param>
/// <param name="AgentId">The member who acts for them.</param>
/// <param name="Start">Start (inclusive).</param>
/// <param name="End">End (exclusive).</param>
/// <param name="Scope">What it covers; <see langword="null"/> for everything.</param>
public sealed record AssignAgent(string PrincipalId, string AgentId, DateTimeOffset Start, DateTimeOffset End, string? Scope);
