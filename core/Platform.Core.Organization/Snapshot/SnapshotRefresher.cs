using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Core.Organization.Snapshot;

/// <summary>
/// Keeps the snapshot in step with changes made by other nodes: every <see cref="OrganizationOptions.RefreshInterval"/>
/// it compares the stored version with its own and reloads when they differ. Changes made on this node reload at once.
/// </summary>
internal sealed class SnapshotRefresher(OrgSnapshotHolder holder, IOptions<OrganizationOptions> options, TimeProvider clock, ILogger<SnapshotRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (holder.StoredVersion() != holder.Current.Version)
                {
                    holder.Reload();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not refresh the organisation snapshot; the previous one stays in use");
            }
        }
    }
}
