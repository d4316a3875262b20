namespace Platform.Contracts.Organization.Model;

/// <summary>A post (岗位): a position members hold, such as "secretary" or "finance officer".</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among posts.</param>
/// <param name="Name">Name.</param>
public sealed record Post(string Id, string Code, string Name);
