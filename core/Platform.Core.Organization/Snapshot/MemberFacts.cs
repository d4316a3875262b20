using System.Collections.Frozen;

namespace Platform.Core.Organization.Snapshot;

/// <summary>What a member holds, precomputed for permission checks: principal tokens and job-level ranks.</summary>
internal sealed record MemberFacts(FrozenSet<string> Tokens, int[] Ranks);
