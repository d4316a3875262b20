using System.Text.Json.Nodes;

namespace Platform.Core.Forms.Tests.Records;

internal static class Json
{
    public static JsonObject Object(string json) => JsonNode.Parse(json)!.AsObject();
}
