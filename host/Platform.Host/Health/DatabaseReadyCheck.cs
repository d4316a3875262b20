using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Core.Hosting;

namespace Platform.Host.Health;

/// <summary>Ready when the database answers and no loaded module has migrations left to apply.</summary>
internal sealed class DatabaseReadyCheck(PlatformKernel kernel) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = await kernel.CheckReadinessAsync(cancellationToken);
        return problems.Count == 0
            ? HealthCheckResult.Healthy($"{kernel.Database.Name} reachable; every loaded module migrated.")
            : HealthCheckResult.Unhealthy(string.Join(" ", problems));
    }
}
