using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Core.Scheduling.Running;

/// <summary>
/// The poller the host starts: every <see cref="SchedulerOptions.PollInterval"/> it runs the due jobs, and keeps
/// going when a poll fails (a busy database, a broken handler). Each node runs one; the claim keeps them apart.
/// </summary>
internal sealed partial class SchedulerWorker(JobRunner runner, SchedulerOptions options, TimeProvider clock, ILogger<SchedulerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.PollInterval, clock);
        do
        {
            try
            {
                // A full batch means more may be due: go again at once.
                while (await runner.RunDueAsync(clock.GetUtcNow(), stoppingToken) >= options.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogPollFailed(ex);
            }
        }
        while (await NextTickAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling for due jobs failed; trying again at the next interval")]
    private partial void LogPollFailed(Exception exception);
}
