using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Definitions;

/// <summary>
/// The names an expression may read: top-level field keys, sub-table keys and their <c>table.column</c> values — or,
/// inside a sub-table's computed column, that row's columns.
/// </summary>
internal sealed class Names
{
    private readonly HashSet<string> scalars;
    private readonly Dictionary<string, HashSet<string>> tables;

    private Names(HashSet<string> scalars, Dictionary<string, HashSet<string>> tables)
    {
        this.scalars = scalars;
        this.tables = tables;
        Known = scalars.Concat(tables.Keys).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every name an expression may read.</summary>
    public IReadOnlySet<string> Known { get; }

    public static Names Of(IReadOnlyList<FieldDefinition> fields)
    {
        var scalars = new HashSet<string>(StringComparer.Ordinal);
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (string.IsNullOrEmpty(field.Key))
            {
                continue;
            }

            if (field.Type == FieldType.SubTable)
            {
                tables[field.Key] = (field.Columns ?? []).Select(c => c.Key).Where(k => !string.IsNullOrEmpty(k)).ToHashSet(StringComparer.Ordinal);
            }
            else
            {
                scalars.Add(field.Key);
            }
        }

        return new Names(scalars, tables);
    }

    /// <summary>The names a computed column of <paramref name="table"/> may read: its row's columns.</summary>
    public Names RowOf(FieldDefinition table) =>
        new((table.Columns ?? []).Select(c => c.Key).Where(k => !string.IsNullOrEmpty(k)).ToHashSet(StringComparer.Ordinal), []);

    public bool IsField(string key) => scalars.Contains(key) || tables.ContainsKey(key);

    /// <summary>The unknown column in a use of a sub-table (<c>items.amout</c>), or null when the use is fine.</summary>
    public string? UnknownColumn(string name, string? member)
    {
        if (!tables.TryGetValue(name, out var columns))
        {
            return null;
        }

        // Besides its columns, a table's rows can be counted (items.length).
        return member is null || columns.Contains(member) || member == "length" ? null : $"{name}.{member}";
    }
}
