using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Contracts.Forms.Definitions;
using Platform.Core.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>A field (or column) with everything its validation needs parsed once: options, limits, pattern, columns.</summary>
internal sealed class FieldPlan
{
    /// <summary>How long a field pattern may run on one value before it counts as not matching.</summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    public FieldPlan(FieldDefinition definition, string? tableKey)
    {
        Definition = definition;
        Key = definition.Key;
        Type = definition.Type;
        AccessKey = tableKey is null ? definition.Key : tableKey + "." + definition.Key;
        Precision = definition.Precision ?? (Type == FieldType.Money || definition.ResultType == FieldType.Money ? 2 : 0);
        Options = definition.Options is { } options ? options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal) : null;
        if (Type is FieldType.Number or FieldType.Money)
        {
            MinNumber = ParseDecimal(definition.Min);
            MaxNumber = ParseDecimal(definition.Max);
        }
        else if (Type == FieldType.Date)
        {
            MinDate = ParseDate(definition.Min);
            MaxDate = ParseDate(definition.Max);
        }
        else if (Type == FieldType.DateTime)
        {
            MinInstant = ParseInstant(definition.Min);
            MaxInstant = ParseInstant(definition.Max);
        }

        if (!string.IsNullOrEmpty(definition.Pattern) && Type is FieldType.Text or FieldType.LongText)
        {
            Pattern = new Regex(definition.Pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }

        Dependencies = Type == FieldType.Computed && definition.Expression is { } expression
            ? ExpressionNames.Of(expression).Select(n => n.Name).Distinct(StringComparer.Ordinal).ToArray()
            : [];
        Columns = definition.Columns is { } columns && Type == FieldType.SubTable
            ? columns.Select(c => new FieldPlan(c, definition.Key)).ToArray()
            : [];
        ColumnsByKey = Columns.ToDictionary(c => c.Key, StringComparer.Ordinal);
        ComputedColumns = FormPlan.DependencyOrder(Columns);
        ColumnKeys = Columns.Select(c => c.Key).ToArray();
    }

    /// <summary>Keys of a sub-table's columns.</summary>
    public IReadOnlyList<string> ColumnKeys { get; }

    public FieldDefinition Definition { get; }

    /// <summary>A money field, or a computed field yielding money: stored as a fixed-decimals string.</summary>
    public bool IsMoney => Type == FieldType.Money || (Type == FieldType.Computed && Definition.ResultType == FieldType.Money);

    public string Key { get; }

    /// <summary>The key in a permission profile: the field key, or <c>table.column</c>.</summary>
    public string AccessKey { get; }

    public FieldType Type { get; }

    public int Precision { get; }

    public HashSet<string>? Options { get; }

    public decimal? MinNumber { get; }

    public decimal? MaxNumber { get; }

    public DateOnly? MinDate { get; }

    public DateOnly? MaxDate { get; }

    public DateTimeOffset? MinInstant { get; }

    public DateTimeOffset? MaxInstant { get; }

    public Regex? Pattern { get; }

    /// <summary>Names a computed field's expression reads.</summary>
    public IReadOnlyList<string> Dependencies { get; }

    public IReadOnlyList<FieldPlan> Columns { get; }

    public IReadOnlyDictionary<string, FieldPlan> ColumnsByKey { get; }

    /// <summary>Computed columns of a sub-table, dependencies first.</summary>
    public IReadOnlyList<FieldPlan> ComputedColumns { get; }

    public static decimal? ParseDecimal(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;

    public static DateTimeOffset? ParseInstant(string? text) =>
        text is not null && HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) && text.Contains('T', StringComparison.Ordinal)
            ? value
            : null;

    /// <summary>Whether an ISO 8601 text names its offset (<c>Z</c> or <c>±hh:mm</c>).</summary>
    public static bool HasOffset(string text)
    {
        if (text.Length < 6)
        {
            return false;
        }

        if (text[^1] is 'Z' or 'z')
        {
            return true;
        }

        var sign = text[^6];
        return sign is '+' or '-' && text[^3] == ':' && char.IsAsciiDigit(text[^5]) && char.IsAsciiDigit(text[^4]) && char.IsAsciiDigit(text[^2]) && char.IsAsciiDigit(text[^1]);
    }
}
