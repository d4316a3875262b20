namespace Platform.Bench.Organization.Import;

/// <summary>One table's INSERT statement and the values of its rows, ready to bind.</summary>
internal sealed record RawTable(string Name, string Sql, List<object?[]> Rows);
