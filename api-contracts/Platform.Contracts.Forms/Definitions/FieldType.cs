namespace Platform.Contracts.Forms.Definitions;

/// <summary>The kind of value a field holds, and so how it is validated and stored.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Multi-line plain text.</summary>
    LongText,

    /// <summary>A number with a given precision (decimal places).</summary>
    Number,

    /// <summary>An exact decimal amount in a currency.</summary>
    Money,

    /// <summary>A calendar date (<c>yyyy-MM-dd</c>).</summary>
    Date,

    /// <summary>A point in time (ISO 8601 with offset).</summary>
    DateTime,

    /// <summary>One of the options.</summary>
    SingleSelect,

    /// <summary>Any number of the options.</summary>
    MultiSelect,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A member id, checked against the organization engine.</summary>
    Member,

    /// <summary>A department id, checked against the organization engine.</summary>
    Department,

    /// <summary>A file reference: name, size and content hash.</summary>
    Attachment,

    /// <summary>HTML, sanitised on save.</summary>
    RichText,

    /// <summary>Computed on the server from other fields by <see cref="FieldDefinition.Expression"/>; clients cannot set it.</summary>
    Computed,

    /// <summary>A sub-table (明细表): repeating rows with their own typed <see cref="FieldDefinition.Columns"/>.</summary>
    SubTable,
}
