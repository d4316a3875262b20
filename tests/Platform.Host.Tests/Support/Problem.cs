using System.Net;
using System.Text.Json;

namespace Platform.Host.Tests.Support;

/// <summary>A problem-details response as a client reads it.</summary>
internal sealed record Problem(HttpStatusCode Status, string? ContentType, string Code, string? Detail, IReadOnlyList<(string Field, string Code)> Errors, string Body)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var errors = root.TryGetProperty("errors", out var list)
            ? list.EnumerateArray().Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("code").GetString()!)).ToList()
            : [];
        return new Problem(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            root.GetProperty("code").GetString()!,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            errors,
            body);
    }
}
