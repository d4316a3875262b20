using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Paging;
using Platform.Core.Hosting;

namespace Platform.Host.Modules;

/// <summary>
/// Re-checks the licences while the host runs: at start and then every <c>Platform:Licensing:CheckIntervalMinutes</c>
/// (default 60). When a licence limits active members, it counts the organisation's enabled members through
/// <see cref="IMemberDirectory"/>; the kernel remembers the count, the time (clock roll-back detection) and when a limit
/// was first exceeded (grace period), logs warnings, and marks a module whose licence stopped being valid Unlicensed —
/// its endpoints then answer 503.
/// </summary>
internal sealed class LicenseMonitor(PlatformKernel kernel, IServiceProvider services, IConfiguration configuration, ILogger<LicenseMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Platform:Licensing:CheckIntervalMinutes", 60.0);
        var interval = TimeSpan.FromSeconds(Math.Max(1, minutes * 60));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var needsCount = kernel.Licenses?.Licenses.Any(l => l.Document?.MaxActiveMembers is not null) == true;
                var evaluation = kernel.RecheckLicenses(needsCount ? CountActiveMembers() : null);
                foreach (var module in kernel.Catalog.Modules.Where(m => m is { State: ModuleState.Unlicensed }))
                {
                    logger.LogWarning("Module {ModuleId} is unlicensed: {Reason}", module.Id, module.Reason);
                }

                logger.LogDebug("Licences checked: {Count} installed", evaluation.Licenses.Count);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                logger.LogError(ex, "Checking the licences failed");
            }

            try
            {
                await Task.Delay(interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Enabled members, counted page by page; <see langword="null"/> without the organization engine.</summary>
    private int? CountActiveMembers()
    {
        if (services.GetService<IMemberDirectory>() is not { } directory)
        {
            return null;
        }

        var active = 0;
        var page = new PageRequest(0, PageRequest.MaxLimit);
        while (true)
        {
            var members = directory.Search("", page);
            active += members.Items.Count(m => m.IsEnabled);
            if (!members.HasMore)
            {
                return active;
            }

            page = new PageRequest(page.Offset + page.Limit, page.Limit);
        }
    }
}
