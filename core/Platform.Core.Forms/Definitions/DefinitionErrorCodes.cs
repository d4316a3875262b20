namespace Platform.Core.Forms.Definitions;

/// <summary>The stable codes of definition errors reported on publish (docs/forms.md lists each).</summary>
internal static class DefinitionErrorCodes
{
    public const string Required = "required";
    public const string InvalidKey = "invalid_key";
    public const string ReservedKey = "reserved_key";
    public const string DuplicateKey = "duplicate_key";
    public const string DuplicateOption = "duplicate_option";
    public const string InvalidLimit = "invalid_limit";
    public const string InvalidRange = "invalid_range";
    public const string InvalidPrecision = "invalid_precision";
    public const string InvalidCurrency = "invalid_currency";
    public const string InvalidPattern = "invalid_pattern";
    public const string InvalidResultType = "invalid_result_type";
    public const string ExpressionSyntax = "expression_syntax";
    public const string UnknownName = "unknown_name";
    public const string ComputedCycle = "computed_cycle";
    public const string NestedSubTable = "nested_sub_table";
    public const string NotQueryable = "not_queryable";
    public const string UnknownField = "unknown_field";
    public const string InvalidCode = "invalid_code";
}
