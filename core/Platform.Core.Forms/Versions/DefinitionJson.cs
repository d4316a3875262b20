using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Forms.Versions;

/// <summary>How definitions are written as JSON — stored and over HTTP: camelCase, enums as camelCase names, unknown properties rejected.</summary>
internal static class DefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
