using NJsonSchema;
using Platform.Contracts.Forms.Definitions;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// Describes a version's record data as a JSON Schema (NJsonSchema): one property per field, typed as stored (money as a
/// decimal string, dates as <c>date</c>/<c>date-time</c> strings), computed fields read-only, no other properties. The
/// schema helps clients; the server's own checks (references, sanitising, rules, permissions) go further.
/// </summary>
internal sealed class SchemaExporter : ISchemaExporter
{
    public string Export(PublishedForm form)
    {
        var schema = ObjectOf(form.Definition.Fields);
        schema.Title = form.Definition.Name;
        schema.Description = $"Record data of form '{form.Key}', version {form.Version}.";

        // Only keywords that mean the same in draft 2020-12 are used, so the document says so (NJsonSchema defaults to draft-04).
        schema.SchemaVersion = "https://json-schema.org/draft/2020-12/schema";
        return schema.ToJson();
    }

    internal static JsonSchema ObjectOf(IReadOnlyList<FieldDefinition> fields)
    {
        var schema = new JsonSchema { Type = JsonObjectType.Object, AllowAdditionalProperties = false };
        foreach (var field in fields)
        {
            var property = new JsonSchemaProperty { Title = field.Label };
            Describe(property, field);
            property.IsRequired = field.Required && field.Type != FieldType.Computed;
            schema.Properties[field.Key] = property;
        }

        return schema;
    }

    private static void Describe(JsonSchemaProperty property, FieldDefinition field)
    {
        var type = field.Type;
        if (type == FieldType.Computed)
        {
            // The standard keyword (NJsonSchema's IsReadOnly writes "readonly").
            property.ExtensionData = new Dictionary<string, object?> { ["readOnly"] = true };
            type = field.ResultType ?? FieldType.Text;
        }

        var nullable = field.Required ? JsonObjectType.None : JsonObjectType.Null;
        var precision = field.Precision ?? (type == FieldType.Money ? 2 : 0);
        switch (type)
        {
            case FieldType.Text or FieldType.LongText or FieldType.RichText or FieldType.Member or FieldType.Department:
                property.Type = JsonObjectType.String | nullable;
                property.MaxLength = field.MaxLength;
                property.MinLength = field.Required ? Math.Max(field.MinLength ?? 0, 1) : field.MinLength;
                if (type != FieldType.RichText)
                {
                    property.Pattern = field.Pattern;
                }

                break;
            case FieldType.Number:
                property.Type = JsonObjectType.Number | nullable;
                property.Minimum = FieldPlan.ParseDecimal(field.Min);
                property.Maximum = FieldPlan.ParseDecimal(field.Max);
                property.MultipleOf = Step(precision);
                break;
            case FieldType.Money:
                property.Type = JsonObjectType.String | nullable;
                property.Pattern = precision == 0 ? @"^-?\d+$" : $@"^-?\d+(\.\d{{1,{precision}}})?$";
                property.Description = $"Exact amount in {field.Currency ?? "CNY"}, as a decimal string.";
                break;
            case FieldType.Date:
                property.Type = JsonObjectType.String | nullable;
                property.Format = JsonFormatStrings.Date;
                break;
            case FieldType.DateTime:
                property.Type = JsonObjectType.String | nullable;
                property.Format = JsonFormatStrings.DateTime;
                break;
            case FieldType.SingleSelect:
                property.Type = JsonObjectType.String | nullable;
                foreach (var option in field.Options ?? [])
                {
                    property.Enumeration.Add(option.Value);
                }

                if (!field.Required)
                {
                    property.Enumeration.Add(null);
                }

                break;
            case FieldType.MultiSelect:
                property.Type = JsonObjectType.Array | nullable;
                property.UniqueItems = true;
                property.MinItems = field.Required ? Math.Max(field.MinLength ?? 0, 1) : field.MinLength ?? 0;
                property.MaxItems = field.MaxLength ?? 0;
                var item = new JsonSchema { Type = JsonObjectType.String };
                foreach (var option in field.Options ?? [])
                {
                    item.Enumeration.Add(option.Value);
                }

                property.Item = item;
                break;
            case FieldType.Boolean:
                property.Type = JsonObjectType.Boolean | nullable;
                break;
            case FieldType.Attachment:
                property.Type = JsonObjectType.Object | nullable;
                property.AllowAdditionalProperties = false;
                property.Properties["name"] = new JsonSchemaProperty { Type = JsonObjectType.String, MinLength = 1, IsRequired = true };
                property.Properties["size"] = new JsonSchemaProperty { Type = JsonObjectType.Integer, Minimum = 0, Maximum = field.MaxLength, IsRequired = true };
                property.Properties["hash"] = new JsonSchemaProperty { Type = JsonObjectType.String, Pattern = "^[0-9a-fA-F]{64}$", Description = "SHA-256 of the content.", IsRequired = true };
                property.Properties["contentType"] = new JsonSchemaProperty { Type = JsonObjectType.String };
                break;
            case FieldType.SubTable:
                property.Type = JsonObjectType.Array | nullable;
                property.MinItems = field.Required ? Math.Max(field.MinRows ?? 0, 1) : field.MinRows ?? 0;
                property.MaxItems = field.MaxRows ?? 0;
                property.Item = ObjectOf(field.Columns ?? []);
                break;
        }
    }

    private static decimal Step(int precision)
    {
        var step = 1m;
        for (var i = 0; i < precision; i++)
        {
            step /= 10;
        }

        return step;
    }
}
