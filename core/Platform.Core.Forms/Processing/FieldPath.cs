namespace Platform.Core.Forms.Processing;

/// <summary>Where a value sits: <c>title</c>, or <c>items[3].amount</c> for a column of a row. Formatted only when reported.</summary>
internal readonly record struct FieldPath(string Key, string? Table = null, int Row = -1, string? Column = null)
{
    public override string ToString() => (Table, Column) switch
    {
        (null, _) => Key,
        (_, null) => $"{Table}[{Row}]",
        _ => $"{Table}[{Row}].{Column}",
    };

    public static FieldPath Of(string key) => new(key);

    public static FieldPath RowOf(string table, int row) => new(table, table, row);

    public static FieldPath CellOf(string table, int row, string column) => new(column, table, row, column);
}
