using Microsoft.Extensions.Logging;
using Platform.Contracts.Modules;
using Platform.Core.Packaging;

namespace Platform.Core.Modules;

/// <summary>Start-up step between discovery and resolution: each plugin folder is checked against its signed hash manifest.</summary>
internal static class PluginSignatures
{
    public static void Apply(IEnumerable<ModuleCandidate> plugins, TrustedKeys trusted, bool requireSignatures, ILogger logger)
    {
        foreach (var plugin in plugins.Where(p => p is { IsAlive: true, Location: not null }))
        {
            var result = PluginVerification.Check(plugin.Location!, trusted, requireSignatures);
            if (!result.CanLoad)
            {
                plugin.Stop(ModuleState.Failed, result.Reason!);
            }
            else if (result.Warning is not null)
            {
                logger.LogDebug("Plugin {ModuleId}: {Warning}", plugin.Id, result.Warning);
            }
        }
    }
}
