using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Core.Workflow;

/// <summary>How definitions and state are written as JSON — stored and over HTTP: camelCase, enums as camelCase names, unknown properties rejected.</summary>
internal static class WorkflowJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>An enum value's stored name (camelCase), as in the JSON.</summary>
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Parses a stored enum name.</summary>
    public static T Parse<T>(string name)
        where T : struct, Enum =>
        Enum.Parse<T>(name, ignoreCase: true);
}
