using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Contracts.Forms.Definitions;

namespace Platform.Bench.Forms;

/// <summary>
/// The form of the requirement: 60 fields (text, numbers, money, dates, selects, booleans; two queryable), a sub-table
/// of 8 columns filled with 200 rows, and 10 computed fields over both.
/// </summary>
internal static class BigForm
{
    public const string Key = "bench-big";
    public const int Rows = 200;

    private static readonly FieldOption[] Options = [new("a", "A"), new("b", "B"), new("c", "C"), new("d", "D"), new("e", "E")];

    public static FormDefinition Definition { get; } = new()
    {
        Key = Key,
        Name = "Benchmark: 60 fields, 200×8 sub-table, 10 computed",
        Fields = [.. Plain(), Table(), .. Computed()],
    };

    /// <summary>Values of every plain field and <see cref="Rows"/> rows; different for each <paramref name="seed"/>.</summary>
    public static JsonObject Data(int seed)
    {
        var random = new Random(seed);
        var data = new JsonObject();
        foreach (var field in Plain())
        {
            data[field.Key] = Value(field.Type, random);
        }

        var rows = new JsonArray();
        for (var r = 0; r < Rows; r++)
        {
            var row = new JsonObject();
            foreach (var column in Table().Columns!)
            {
                row[column.Key] = Value(column.Type, random);
            }

            rows.Add(row);
        }

        data["lines"] = rows;
        return data;
    }

    private static IEnumerable<FieldDefinition> Plain()
    {
        for (var i = 1; i <= 20; i++)
        {
            yield return new FieldDefinition { Key = $"text{i}", Label = $"Text {i}", Type = FieldType.Text, MaxLength = 200, Required = i <= 5, Queryable = i == 1 };
        }

        for (var i = 1; i <= 15; i++)
        {
            yield return new FieldDefinition { Key = $"number{i}", Label = $"Number {i}", Type = FieldType.Number, Precision = 2, Min = "0", Max = "1000000" };
        }

        for (var i = 1; i <= 10; i++)
        {
            yield return new FieldDefinition { Key = $"money{i}", Label = $"Money {i}", Type = FieldType.Money, Queryable = i == 1 };
        }

        for (var i = 1; i <= 5; i++)
        {
            yield return new FieldDefinition { Key = $"date{i}", Label = $"Date {i}", Type = FieldType.Date };
        }

        for (var i = 1; i <= 5; i++)
        {
            yield return new FieldDefinition { Key = $"select{i}", Label = $"Select {i}", Type = FieldType.SingleSelect, Options = Options };
        }

        for (var i = 1; i <= 5; i++)
        {
            yield return new FieldDefinition { Key = $"flag{i}", Label = $"Flag {i}", Type = FieldType.Boolean };
        }
    }

    private static FieldDefinition Table() => new()
    {
        Key = "lines",
        Label = "Lines",
        Type = FieldType.SubTable,
        MaxRows = 500,
        Columns =
        [
            new FieldDefinition { Key = "item", Label = "Item", Type = FieldType.Text, Required = true, MaxLength = 100 },
            new FieldDefinition { Key = "qty", Label = "Quantity", Type = FieldType.Number, Min = "0" },
            new FieldDefinition { Key = "price", Label = "Price", Type = FieldType.Money },
            new FieldDefinition { Key = "cost", Label = "Cost", Type = FieldType.Money },
            new FieldDefinition { Key = "on", Label = "On", Type = FieldType.Date },
            new FieldDefinition { Key = "kind", Label = "Kind", Type = FieldType.SingleSelect, Options = Options },
            new FieldDefinition { Key = "ok", Label = "OK", Type = FieldType.Boolean },
            new FieldDefinition { Key = "remark", Label = "Remark", Type = FieldType.Text, MaxLength = 200 },
        ],
    };

    private static IEnumerable<FieldDefinition> Computed()
    {
        (string Key, string Expression, FieldType Type)[] computed =
        [
            ("totalQty", "sum(lines.qty)", FieldType.Number),
            ("totalPrice", "sum(lines.price)", FieldType.Money),
            ("totalCost", "sum(lines.cost)", FieldType.Money),
            ("margin", "sum(lines.price) - sum(lines.cost)", FieldType.Money),
            ("avgPrice", "avg(lines.price)", FieldType.Money),
            ("maxCost", "max(lines.cost)", FieldType.Money),
            ("lineCount", "count(lines)", FieldType.Number),
            ("numbers", "number1 + number2 + number3", FieldType.Number),
            ("money", "money1 + money2", FieldType.Money),
            ("title", "upper(text1)", FieldType.Text),
        ];
        return computed.Select(c => new FieldDefinition { Key = c.Key, Label = c.Key, Type = FieldType.Computed, Expression = c.Expression, ResultType = c.Type });
    }

    private static JsonNode? Value(FieldType type, Random random) => type switch
    {
        FieldType.Text => $"value {random.Next(100_000)}",
        FieldType.Number => random.Next(1000),
        FieldType.Money => (random.Next(100_000) / 100m).ToString("F2", CultureInfo.InvariantCulture),
        FieldType.Date => new DateOnly(2026, 1, 1).AddDays(random.Next(365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldType.SingleSelect => Options[random.Next(Options.Length)].Value,
        FieldType.Boolean => random.Next(2) == 1,
        _ => null,
    };
}
