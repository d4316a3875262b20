using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Errors;
using Platform.Contracts.Paging;
using Platform.Core.Scheduling.Jobs;

namespace Platform.Core.Scheduling.Http;

/// <summary>Maps the engine's endpoints under <c>/api/scheduler</c>: the job listing for administrators.</summary>
internal static class SchedulerEndpoints
{
    public static void MapSchedulerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/jobs", ListAsync)
            .AddEndpointFilter<AdministratorsOnly>()
            .WithTags("Scheduler")
            .WithName("Scheduler_ListJobs")
            .WithSummary("Scheduled jobs in one state — pending (soonest first), failed or done (latest first); administrators.");
    }

    private static async Task<IResult> ListAsync(string? state, int? offset, int? limit, JobQueries queries, CancellationToken cancellationToken)
    {
        var wanted = (state ?? "pending") switch
        {
            "pending" => JobState.Pending,
            "failed" => JobState.Failed,
            "done" => JobState.Done,
            _ => throw new PlatformException(SchedulerErrors.InvalidState, $"state must be pending, failed or done, not '{state}'.", ErrorKind.Validation,
                [new FieldError("state", "invalid", "One of pending, failed, done.")]),
        };
        var page = new PageRequest(offset ?? 0, limit ?? PageRequest.DefaultLimit);
        return TypedResults.Ok(await queries.ListAsync(wanted, page, cancellationToken));
    }
}
