using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Core.Organization.Authentication;

/// <summary>
/// Runs <see cref="AdministratorBootstrap"/> while the host starts. Hosted services start before the web server
/// listens, so no request is served before the administrator exists.
/// </summary>
internal sealed class AdministratorBootstrapService(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = services.GetService<IConfiguration>();
        var password = configuration is null ? null : AdministratorBootstrap.ConfiguredPassword(configuration);
        await AdministratorBootstrap.EnsureAdministratorAsync(services, password, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
