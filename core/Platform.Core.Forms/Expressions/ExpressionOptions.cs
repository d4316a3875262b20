namespace Platform.Core.Forms.Expressions;

/// <summary>Sandbox limits and settings of the expression language (docs/expressions.md). Defaults suit form rules.</summary>
internal sealed class ExpressionOptions
{
    /// <summary>Wall-clock limit of one evaluation.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most statements one evaluation may run (arrow-function bodies count one each call).</summary>
    public int MaxStatements { get; init; } = 10_000;

    /// <summary>Most bytes one evaluation may allocate.</summary>
    public long MemoryLimitBytes { get; init; } = 4_000_000;

    /// <summary>Deepest call nesting.</summary>
    public int RecursionLimit { get; init; } = 64;

    /// <summary>Longest expression text accepted, in characters.</summary>
    public int MaxLength { get; init; } = 10_000;

    /// <summary>Deepest syntax nesting accepted by the checker.</summary>
    public int MaxNesting { get; init; } = 100;

    /// <summary>How many distinct expressions are kept parsed; the cache is emptied when it grows past this.</summary>
    public int CacheCapacity { get; init; } = 2_048;

    /// <summary>The time zone in which <c>today()</c> is taken.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
