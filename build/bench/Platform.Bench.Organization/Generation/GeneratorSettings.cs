namespace Platform.Bench.Organization.Generation;

/// <summary>The size of a generated organisation. The defaults are the scale the issue asks for.</summary>
internal sealed record GeneratorSettings
{
    public int Seed { get; init; } = 20261126;

    public int Units { get; init; } = 20;

    /// <summary>Top-level departments in each unit; 1 makes a single root whose subtree holds the whole unit.</summary>
    public int TopDepartmentsPerUnit { get; init; } = 8;

    public int Departments { get; init; } = 10_000;

    public int MaxDepth { get; init; } = 8;

    public int Posts { get; init; } = 2_000;

    public int Levels { get; init; } = 30;

    public int Members { get; init; } = 130_000;

    public int ConcurrentPositions { get; init; } = 30_000;

    public int Groups { get; init; } = 50;
}
