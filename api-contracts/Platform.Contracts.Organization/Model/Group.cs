namespace Platform.Contracts.Organization.Model;

/// <summary>A group (组): any set of members, across departments (a committee, a project team).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among groups.</param>
/// <param name="Name">Name.</param>
/// <param name="MemberIds">The members of the group.</param>
public sealed record Group(string Id, string Code, string Name, IReadOnlyList<string> MemberIds);
