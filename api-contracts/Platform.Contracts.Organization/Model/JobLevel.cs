namespace Platform.Contracts.Organization.Model;

/// <summary>A job level (职务级别). Levels are ordered by <see cref="Rank"/>: the higher the rank, the more senior.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Code">External key, unique among levels.</param>
/// <param name="Name">Name.</param>
/// <param name="Rank">Seniority; unique among levels.</param>
public sealed record JobLevel(string Id, string Code, string Name, int Rank);
