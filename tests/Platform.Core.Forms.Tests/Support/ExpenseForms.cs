using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Tests.Support;

/// <summary>
/// An expense claim: title, category, amount and date are queryable; a note that is not; a sub-table of items.
/// <see cref="Version2"/> adds a required <c>reason</c> and drops <c>note</c>; <see cref="WithTotal"/> is another form
/// with a computed total of the items.
/// </summary>
internal static class ExpenseForms
{
    public const string Key = "expense";

    public static FormDefinition Version1 { get; } = new()
    {
        Key = Key,
        Name = "Expense claim",
        Fields =
        [
            new FieldDefinition { Key = "title", Label = "Title", Type = FieldType.Text, Required = true, MaxLength = 100, Queryable = true },
            new FieldDefinition
            {
                Key = "category", Label = "Category", Type = FieldType.SingleSelect, Queryable = true,
                Options = [new FieldOption("travel", "Travel"), new FieldOption("meals", "Meals"), new FieldOption("office", "Office")],
            },
            new FieldDefinition { Key = "amount", Label = "Amount", Type = FieldType.Money, Queryable = true, Min = "0" },
            new FieldDefinition { Key = "spentOn", Label = "Spent on", Type = FieldType.Date, Queryable = true },
            new FieldDefinition { Key = "note", Label = "Note", Type = FieldType.LongText },
            new FieldDefinition
            {
                Key = "items", Label = "Items", Type = FieldType.SubTable,
                Columns =
                [
                    new FieldDefinition { Key = "what", Label = "What", Type = FieldType.Text, Required = true },
                    new FieldDefinition { Key = "cost", Label = "Cost", Type = FieldType.Money },
                ],
            },
        ],
    };

    public static FormDefinition WithTotal { get; } = Version1 with
    {
        Key = "expense-total",
        Fields =
        [
            .. Version1.Fields,
            new FieldDefinition { Key = "total", Label = "Total", Type = FieldType.Computed, Expression = "sum(items.cost)", ResultType = FieldType.Money, Queryable = true },
        ],
    };

    public static FormDefinition Version2 { get; } = Version1 with
    {
        Fields =
        [
            .. Version1.Fields.Where(f => f.Key != "note"),
            new FieldDefinition { Key = "reason", Label = "Reason", Type = FieldType.Text, Required = true },
        ],
    };
}
