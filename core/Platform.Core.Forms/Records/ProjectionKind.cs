using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Records;

/// <summary>Which column of a projection slot a queryable field's value goes to.</summary>
internal enum ProjectionKind
{
    /// <summary>Not projectable (sub-tables, attachments).</summary>
    None,

    /// <summary>The slot's text column: text, selects (several options joined with commas), member and department ids.</summary>
    Text,

    /// <summary>The slot's number column: numbers, money, booleans as 0/1.</summary>
    Number,

    /// <summary>The slot's number column as Unix milliseconds, UTC: dates (midnight UTC) and times.</summary>
    Time,
}

/// <summary>Maps field types to projection kinds.</summary>
internal static class ProjectionKinds
{
    public static ProjectionKind Of(FieldDefinition field) => Of(field.Type == FieldType.Computed ? field.ResultType ?? FieldType.Text : field.Type);

    public static ProjectionKind Of(FieldType type) => type switch
    {
        FieldType.Text or FieldType.LongText or FieldType.RichText or FieldType.SingleSelect or FieldType.MultiSelect
            or FieldType.Member or FieldType.Department => ProjectionKind.Text,
        FieldType.Number or FieldType.Money or FieldType.Boolean => ProjectionKind.Number,
        FieldType.Date or FieldType.DateTime => ProjectionKind.Time,
        _ => ProjectionKind.None,
    };
}
