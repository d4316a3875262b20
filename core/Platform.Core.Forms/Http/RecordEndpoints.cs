using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Paging;
using Platform.Core.Forms.Records;

namespace Platform.Core.Forms.Http;

/// <summary>
/// Records, for every signed-in member. Until the workflow engine supplies the permission profile of a node, the HTTP
/// API writes with everything editable and reads everything. Responses carry the revision as <c>ETag: "&lt;revision&gt;"</c>;
/// an update names the revision it was based on in <c>If-Match</c>.
/// </summary>
internal static class RecordEndpoints
{
    public static void MapRecords(this IEndpointRouteBuilder endpoints)
    {
        var records = endpoints.MapGroup("").WithTags("Forms: records");
        records.MapPost("/{key}/records", async (string key, JsonObject data, IFormRecords store, HttpContext http, CancellationToken ct) =>
            {
                var record = await store.CreateAsync(key, data, null, ct);
                Tag(http, record);
                return TypedResults.Created($"/api/forms/records/{record.Id}", record);
            })
            .WithName("Forms_CreateRecord").WithSummary("Creates a record on the latest version of a form.");
        records.MapGet("/{key}/records", QueryAsync)
            .WithName("Forms_QueryRecords").WithSummary("Lists records filtered (?filter=field:op:value, repeatable) and sorted (?sort=field,-field) by queryable fields.");
        records.MapGet("/records/{id}", async (string id, IFormRecords store, HttpContext http, CancellationToken ct) =>
            {
                var record = await store.FindAsync(id, null, ct) ?? throw NotFound(id);
                Tag(http, record);
                return TypedResults.Ok(record);
            })
            .WithName("Forms_GetRecord").WithSummary("Gets a record.");
        records.MapPut("/records/{id}", async (string id, JsonObject data, IFormRecords store, HttpContext http, CancellationToken ct) =>
            {
                var record = await store.UpdateAsync(id, ExpectedRevision(http.Request), data, null, ct);
                Tag(http, record);
                return TypedResults.Ok(record);
            })
            .WithName("Forms_UpdateRecord").WithSummary("Replaces a record's data; If-Match: \"<revision>\" is required (409 data.concurrency_conflict when it moved on).");
        records.MapGet("/records/{id}/history", async (string id, IFormRecords store, CancellationToken ct) => TypedResults.Ok(await store.HistoryAsync(id, ct)))
            .WithName("Forms_RecordHistory").WithSummary("Every change of a record, oldest first.");
    }

    private static async Task<IResult> QueryAsync(string key, string[]? filter, string? sort, int? offset, int? limit, IFormRecords store, CancellationToken ct)
    {
        var filters = new List<RecordFilter>();
        var errors = new List<FieldError>();
        foreach (var (text, i) in (filter ?? []).Select((f, i) => (f, i)))
        {
            var parts = text.Split(':', 3);
            if (parts.Length < 3 || parts[0].Length == 0)
            {
                errors.Add(new FieldError($"filter[{i}]", "invalid_filter", "A filter reads field:operator:value, e.g. amount:ge:100."));
                continue;
            }

            filters.Add(new RecordFilter(parts[0], parts[1], Value(parts[2])));
        }

        if (errors.Count > 0)
        {
            throw PlatformException.Validation(errors);
        }

        var sorts = (sort ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.StartsWith('-') ? new RecordSort(s[1..], Descending: true) : new RecordSort(s))
            .ToList();
        var page = new PageRequest(offset ?? 0, limit ?? PageRequest.DefaultLimit);
        return TypedResults.Ok(await store.QueryAsync(new RecordQuery(key, filters, sorts, page), ct));
    }

    private static JsonNode? Value(string text) => text switch
    {
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ => JsonValue.Create(text),
    };

    private static long ExpectedRevision(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.StartsWith("W/", StringComparison.Ordinal))
        {
            header = header[2..];
        }

        return long.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : throw PlatformException.Validation([new FieldError("If-Match", "required", "Name the revision the change is based on: If-Match: \"<revision>\".")]);
    }

    private static void Tag(HttpContext http, FormRecord record) =>
        http.Response.Headers.ETag = $"\"{record.Revision.ToString(CultureInfo.InvariantCulture)}\"";

    private static PlatformException NotFound(string id) => PlatformException.NotFound(FormRecordStore.NotFoundCode, $"There is no record '{id}'.");
}
