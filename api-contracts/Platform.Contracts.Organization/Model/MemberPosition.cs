namespace Platform.Contracts.Organization.Model;

/// <summary>Where a member sits: a department, with a post and a job level there.</summary>
/// <param name="DepartmentId">The department.</param>
/// <param name="PostId">The post held there, if any.</param>
/// <param name="LevelId">The job level held there, if any.</param>
public sealed record MemberPosition(string DepartmentId, string? PostId, string? LevelId);
