using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Core.Tests.Fixtures.Beta;

namespace Platform.Core.Tests.Fixtures.Delta;

/// <summary>A module that tries to handle a request Beta already handles.</summary>
public sealed class DeltaModule : IModule
{
    public static PluginManifest Manifest { get; } = new("delta", "1.0.0", "Delta", "Tests", "Platform.Core.Tests.dll");

    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }
}

internal sealed class DeltaWriteBetaEntryHandler : IRequestHandler<WriteBetaEntry, Unit>
{
    public Task<Unit> Handle(WriteBetaEntry request, CancellationToken cancellationToken) => Unit.Task;
}
