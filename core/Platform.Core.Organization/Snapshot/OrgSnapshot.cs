namespace Platform.Core.Organization.Snapshot;

/// <summary>The organisation as of one version of <c>org_state</c>: model, grants and agencies.</summary>
internal sealed record OrgSnapshot(long Version, OrgModel Model, GrantTable Grants, AgentTable Agents);
