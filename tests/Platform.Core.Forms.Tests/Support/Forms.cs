using System.Text.Json.Nodes;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Permissions;
using Platform.Core.Forms.Processing;

namespace Platform.Core.Forms.Tests.Support;

/// <summary>Small helpers to build definitions and run the processor in tests.</summary>
internal static class Forms
{
    public static FormDefinition Of(params FieldDefinition[] fields) => new() { Key = "test", Name = "Test", Fields = fields };

    public static FieldDefinition Field(string key, FieldType type) => new() { Key = key, Label = key, Type = type };

    public static FieldPermissionProfile Profile(params (string Key, FieldAccess Access)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => f.Access));

    public static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>The errors the processor reports, as <c>path:code</c>; empty when it accepts the data.</summary>
    public static string[] Errors(this IRecordProcessor processor, FormDefinition form, JsonObject submitted, JsonObject? stored = null, FieldPermissionProfile? profile = null)
    {
        try
        {
            processor.Process(form, stored, submitted, profile ?? FieldPermissionProfile.AllEditable);
            return [];
        }
        catch (PlatformException exception) when (exception.Code == ErrorCodes.ValidationFailed)
        {
            return exception.Errors.Select(e => $"{e.Field}:{e.Code}").ToArray();
        }
    }
}
