using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Bench.Workflow;

/// <summary>
/// The rows the engine wrote for one real instance (<c>wf_instances</c>, <c>wf_work_items</c>, <c>wf_history</c>), compiled so
/// copies can be written by SQLite itself: every id of the instance (instance, work items, node runs), every member taking part and
/// every time (<c>*_ticks</c> columns, and the same numbers inside the state JSON) becomes a slot filled per copy; department
/// columns follow the copy's members. Everything else is written exactly as the engine wrote it.
/// </summary>
internal sealed class InstanceTemplate
{
    private readonly List<(string Table, string[] Columns, Cell[] Cells)> _rows;
    private readonly List<Slot> _slots;

    private InstanceTemplate(List<(string, string[], Cell[])> rows, List<Slot> slots, long startedAtTicks)
    {
        _rows = rows;
        _slots = slots;
        StartedAtTicks = startedAtTicks;
    }

    public long StartedAtTicks { get; }

    /// <summary>Reads an instance's rows. <paramref name="members"/>: the template's members in slot order (submitter first).</summary>
    public static InstanceTemplate Read(SqliteConnection connection, string instanceId, IReadOnlyList<string> members)
    {
        var rows = new List<(string Table, string[] Columns, object?[] Values)>();
        rows.AddRange(Select(connection, "wf_instances", "SELECT * FROM wf_instances WHERE id = $id", instanceId));
        rows.AddRange(Select(connection, "wf_work_items", "SELECT * FROM wf_work_items WHERE instance_id = $id ORDER BY rowid", instanceId));
        rows.AddRange(Select(connection, "wf_history", "SELECT * FROM wf_history WHERE instance_id = $id ORDER BY sequence", instanceId)
            .Select(r => Without(r, "id")));

        var slots = new List<Slot>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        void Key(string key, Slot slot)
        {
            if (!keys.ContainsKey(key))
            {
                keys[key] = slots.Count;
                slots.Add(slot);
            }
        }

        var instance = rows[0];
        Key(instanceId, new Slot(SlotKind.Id, 0, 0));
        foreach (var item in rows.Where(r => r.Table == "wf_work_items"))
        {
            Key((string)Value(item, "id")!, new Slot(SlotKind.Id, 0, 0));
            Key((string)Value(item, "run_id")!, new Slot(SlotKind.Id, 0, 0));
        }

        using (var state = JsonDocument.Parse((string)Value(instance, "state")!))
        {
            foreach (var run in state.RootElement.GetProperty("runs").EnumerateArray())
            {
                Key(run.GetProperty("id").GetString()!, new Slot(SlotKind.Id, 0, 0));
            }
        }

        for (var m = 0; m < members.Count; m++)
        {
            Key(members[m], new Slot(SlotKind.Member, m, 0));
        }

        foreach (var row in rows)
        {
            for (var c = 0; c < row.Columns.Length; c++)
            {
                if (row.Columns[c].EndsWith("_ticks", StringComparison.Ordinal) && row.Values[c] is long ticks)
                {
                    Key(ticks.ToString(CultureInfo.InvariantCulture), new Slot(SlotKind.Ticks, 0, ticks));
                }
            }
        }

        var compiled = rows.Select(r => (r.Table, r.Columns, r.Columns.Select((column, c) => Compile(column, r.Values[c], keys)).ToArray())).ToList();
        return new InstanceTemplate(compiled, slots, (long)Value(instance, "started_at_ticks")!);
    }

    /// <summary>
    /// The copies as SQL: one <c>INSERT … SELECT</c> per template row over <paramref name="source"/>, a query giving per copy
    /// <c>s.i</c> (number), <c>s.started</c> (UTC ticks), <c>s.ms</c> (Unix milliseconds) and members <c>m0</c>…<c>m4</c>
    /// (<c>id</c>, <c>dept</c>). Ids are UUIDv7-shaped: the copy's start in milliseconds, the slot, the copy's number.
    /// </summary>
    public IEnumerable<(string Table, string Sql)> InsertSelects(string source)
    {
        string SlotSql(int index)
        {
            var slot = _slots[index];
            return slot.Kind switch
            {
                SlotKind.Id => string.Create(CultureInfo.InvariantCulture, $"printf('%08x-%04x-7%03x-8000-%012x', s.ms / 65536, s.ms % 65536, {index}, s.i)"),
                SlotKind.Member => string.Create(CultureInfo.InvariantCulture, $"m{slot.Member}.id"),
                _ => string.Create(CultureInfo.InvariantCulture, $"CAST({slot.Ticks} + s.started - {StartedAtTicks} AS TEXT)"),
            };
        }

        foreach (var (table, columns, cells) in _rows)
        {
            var expressions = new string[cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = cells[c];
                if (columns[c] == "submitter_department_id")
                {
                    expressions[c] = "m0.dept";
                }
                else if (columns[c] == "assignee_department_id" && cells[Array.IndexOf(columns, "assignee_id")].Parts is [{ Slot: >= 0 } only] && _slots[only.Slot].Kind == SlotKind.Member)
                {
                    expressions[c] = string.Create(CultureInfo.InvariantCulture, $"m{_slots[only.Slot].Member}.dept");
                }
                else if (cell.IsTicks)
                {
                    expressions[c] = string.Create(CultureInfo.InvariantCulture, $"({cell.Constant} + s.started - {StartedAtTicks})");
                }
                else if (cell.Parts is { } parts)
                {
                    expressions[c] = "(" + string.Join(" || ", parts.Select(p => p.Slot < 0 ? Quote(p.Literal!) : SlotSql(p.Slot))) + ")";
                }
                else
                {
                    expressions[c] = cell.Constant switch
                    {
                        null => "NULL",
                        string text => Quote(text),
                        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                        var other => throw new InvalidOperationException($"Cannot copy {table}.{columns[c]} of type {other.GetType()}."),
                    };
                }
            }

            yield return (table, $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {string.Join(", ", expressions)} FROM {source}");
        }
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Cell Compile(string column, object? value, Dictionary<string, int> keys)
    {
        switch (value)
        {
            case null:
                return new Cell(null, null, IsTicks: false);
            case long ticks when column.EndsWith("_ticks", StringComparison.Ordinal):
                return new Cell(ticks, null, IsTicks: true);
            case string text:
                var hits = new List<(int At, int Length, int Slot)>();
                foreach (var (key, slot) in keys)
                {
                    for (var at = text.IndexOf(key, StringComparison.Ordinal); at >= 0; at = text.IndexOf(key, at + key.Length, StringComparison.Ordinal))
                    {
                        hits.Add((at, key.Length, slot));
                    }
                }

                var parts = new List<(string? Literal, int Slot)>();
                var position = 0;
                foreach (var hit in hits.OrderBy(h => h.At))
                {
                    if (hit.At < position)
                    {
                        continue;
                    }

                    if (hit.At > position)
                    {
                        parts.Add((text[position..hit.At], -1));
                    }

                    parts.Add((null, hit.Slot));
                    position = hit.At + hit.Length;
                }

                if (position < text.Length)
                {
                    parts.Add((text[position..], -1));
                }

                return new Cell(text, parts, IsTicks: false);
            default:
                return new Cell(value, null, IsTicks: false);
        }
    }

    private static IEnumerable<(string Table, string[] Columns, object?[] Values)> Select(SqliteConnection connection, string table, string sql, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<(string, string[], object?[])>();
        while (reader.Read())
        {
            rows.Add((table, columns, columns.Select((_, c) => reader.IsDBNull(c) ? null : reader.GetValue(c)).ToArray()));
        }

        return rows;
    }

    private static (string Table, string[] Columns, object?[] Values) Without((string Table, string[] Columns, object?[] Values) row, string column)
    {
        var index = Array.IndexOf(row.Columns, column);
        return (row.Table, row.Columns.Where((_, c) => c != index).ToArray(), row.Values.Where((_, c) => c != index).ToArray());
    }

    private static object? Value((string Table, string[] Columns, object?[] Values) row, string column) => row.Values[Array.IndexOf(row.Columns, column)];

    private enum SlotKind
    {
        Id,
        Member,
        Ticks,
    }

    private sealed record Slot(SlotKind Kind, int Member, long Ticks);

    /// <summary>One column of a template row: a constant, a time to shift, or text made of literals and slots.</summary>
    private sealed record Cell(object? Constant, List<(string? Literal, int Slot)>? Parts, bool IsTicks);
}
