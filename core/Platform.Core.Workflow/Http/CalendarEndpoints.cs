using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Workflow.Calendar;
using Platform.Core.Workflow.Calendar;

namespace Platform.Core.Workflow.Http;

/// <summary>
/// The working calendar: every signed-in member reads a year; administrators replace it, sending back the revision
/// they read (<c>If-Match: "3"</c> or <c>"revision": 3</c>).
/// </summary>
internal static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder endpoints)
    {
        var calendar = endpoints.MapGroup("/calendar").WithTags("Workflow: working calendar");
        calendar.MapGet("/{year:int}", GetAsync)
            .WithName("Workflow_GetCalendarYear").WithSummary("A year's holidays and make-up working days, with the time zone, office hours and weekend they apply with.");
        calendar.MapPut("/{year:int}", ReplaceAsync)
            .AddEndpointFilter<AdministratorsOnly>()
            .Accepts<CalendarYearUpdate>("application/json")
            .WithName("Workflow_ReplaceCalendarYear").WithSummary("Replaces a year's holidays and make-up working days (administrators; send the revision read).");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(int year, HttpResponse response, IWorkingCalendarSettings settings, CalendarOptions options, CancellationToken cancellationToken)
    {
        var stored = await settings.GetYearAsync(year, cancellationToken);
        response.Headers.ETag = ETag(stored.Revision);
        return TypedResults.Ok(View(stored, options));
    }

    private static async Task<IResult> ReplaceAsync(int year, HttpRequest request, IWorkingCalendarSettings settings, CalendarOptions options, CancellationToken cancellationToken)
    {
        CalendarYearUpdate? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<CalendarYearUpdate>(request.Body, WorkflowJson.Options, cancellationToken);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            throw new PlatformException(ErrorCodes.BadRequest, $"The calendar could not be read at {path}: {ex.Message}", ErrorKind.Validation,
                [new FieldError(path.TrimStart('$', '.'), "invalid_json", ex.Message)], ex);
        }

        if (update is null)
        {
            throw new PlatformException(ErrorCodes.BadRequest, "The body must be a calendar year: { \"holidays\": [...], \"makeUpDays\": [...], \"revision\": n }.", ErrorKind.Validation);
        }

        var revision = Revision(request, update.Revision);
        var stored = await settings.ReplaceYearAsync(new WorkingCalendarYear(year, update.Holidays!, update.MakeUpDays!) { Revision = revision }, cancellationToken);
        request.HttpContext.Response.Headers.ETag = ETag(stored.Revision);
        return TypedResults.Ok(View(stored, options));
    }

    /// <summary>The revision the writer read: from <c>If-Match</c> or the body (both must agree); none means "not configured yet" (0).</summary>
    private static long Revision(HttpRequest request, long? fromBody)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return fromBody ?? 0;
        }

        var text = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (!long.TryParse(text.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var fromHeader))
        {
            throw new PlatformException(ErrorCodes.BadRequest, "If-Match must be the revision's ETag, e.g. \"3\".", ErrorKind.Validation,
                [new FieldError("If-Match", "invalid", "An ETag from GET, e.g. \"3\".")]);
        }

        if (fromBody is { } body && body != fromHeader)
        {
            throw new PlatformException(ErrorCodes.BadRequest, $"If-Match names revision {fromHeader} but the body revision {body}.", ErrorKind.Validation,
                [new FieldError("revision", "mismatch", "Send the revision once, or the same in both.")]);
        }

        return fromHeader;
    }

    private static string ETag(long revision) => $"\"{revision.ToString(CultureInfo.InvariantCulture)}\"";

    private static CalendarYearView View(WorkingCalendarYear year, CalendarOptions options) =>
        new(year.Year, options.TimeZone.Id, [.. options.OfficeHours.Select(p => p.ToString())], [.. options.Weekend.Order()], year.Holidays, year.MakeUpDays, year.Revision);
}
