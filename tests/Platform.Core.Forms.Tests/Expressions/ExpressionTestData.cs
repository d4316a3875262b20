using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Platform.Core.Forms.Expressions;

namespace Platform.Core.Forms.Tests.Expressions;

/// <summary>An engine on a fake clock (2026-11-26 09:30 UTC) and a sample record with a sub-table.</summary>
internal static class ExpressionTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);

    public static ExpressionEngine Engine(ExpressionOptions? options = null) => new(new FakeTimeProvider(Now), options);

    public static JsonObject Record() => (JsonObject)JsonNode.Parse("""
        {
          "amount": 1200.5, "qty": 3, "price": 19.99, "title": "  Travel  ", "note": null, "flag": true,
          "start": "2026-11-20", "end": "2026-12-05", "at": "2026-11-26T09:30:00Z",
          "items": [
            { "name": "a", "amount": 100, "done": true },
            { "name": "b", "amount": 250.5, "done": false },
            { "name": "c", "amount": null, "done": true }
          ],
          "empty": [],
          "tags": ["x", "y"]
        }
        """)!;
}
