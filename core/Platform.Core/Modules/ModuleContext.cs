using Microsoft.Extensions.Configuration;
using Platform.Contracts.Modules;

namespace Platform.Core.Modules;

internal sealed class ModuleContext(PluginManifest manifest, IConfiguration configuration, string dataDirectory) : IModuleContext
{
    public PluginManifest Manifest => manifest;

    public IConfiguration Configuration => configuration;

    public string DataDirectory
    {
        get
        {
            Directory.CreateDirectory(dataDirectory);
            return dataDirectory;
        }
    }
}
