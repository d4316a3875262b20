namespace Platform.Contracts.Forms.Definitions;

/// <summary>A field of a form (or a column of a sub-table). Only the properties that fit its <see cref="Type"/> apply.</summary>
public sealed record FieldDefinition
{
    /// <summary>Key, unique in the form (or sub-table): letters, digits and underscores, starting with a letter.</summary>
    public required string Key { get; init; }

    /// <summary>Label shown to people.</summary>
    public required string Label { get; init; }

    /// <summary>Kind of value.</summary>
    public required FieldType Type { get; init; }

    /// <summary>Whether a value is required (a permission profile can also require it at one workflow node).</summary>
    public bool Required { get; init; }

    /// <summary>Options of a select field.</summary>
    public IReadOnlyList<FieldOption>? Options { get; init; }

    /// <summary>Smallest value of a number or money field; earliest date.</summary>
    public string? Min { get; init; }

    /// <summary>Largest value of a number or money field; latest date.</summary>
    public string? Max { get; init; }

    /// <summary>Shortest text; fewest selected options.</summary>
    public int? MinLength { get; init; }

    /// <summary>Longest text; most selected options; largest attachment in bytes.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Regular expression a text must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Decimal places of a number (default 0) or money (default 2).</summary>
    public int? Precision { get; init; }

    /// <summary>ISO 4217 currency of a money field (default <c>CNY</c>).</summary>
    public string? Currency { get; init; }

    /// <summary>The expression of a computed field (see docs/expressions.md), e.g. <c>sum(items.amount)</c>.</summary>
    public string? Expression { get; init; }

    /// <summary>The type a computed field yields: <see cref="FieldType.Number"/>, <see cref="FieldType.Money"/>, <see cref="FieldType.Text"/>, <see cref="FieldType.Date"/> or <see cref="FieldType.Boolean"/>.</summary>
    public FieldType? ResultType { get; init; }

    /// <summary>Columns of a sub-table.</summary>
    public IReadOnlyList<FieldDefinition>? Columns { get; init; }

    /// <summary>Fewest rows of a sub-table.</summary>
    public int? MinRows { get; init; }

    /// <summary>Most rows of a sub-table.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Whether records can be listed, filtered and sorted by this field (top-level fields only).</summary>
    public bool Queryable { get; init; }

    /// <summary>Layout hints for clients (e.g. <c>width</c>, <c>group</c>, <c>placeholder</c>); the server ignores them.</summary>
    public IReadOnlyDictionary<string, string>? Hints { get; init; }
}
