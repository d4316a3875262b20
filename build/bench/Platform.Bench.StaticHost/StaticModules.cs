using System.Reflection;
using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Core.Hosting;

namespace Platform.Bench.StaticHost;

/// <summary>
/// Links every app whose plugin.json was copied to <c>manifests/</c>: its entry assembly is referenced by this project, so it
/// loads into the default context like any other dependency, and its (internal) module class is created by reflection.
/// </summary>
internal static class StaticModules
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static void Link(PlatformKernel kernel)
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "manifests"), "*.json").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(file), Json)
                ?? throw new InvalidOperationException($"{file} is empty.");
            kernel.AddModule(CreateModule(manifest), manifest, ModuleKind.App);
        }
    }

    private static IModule CreateModule(PluginManifest manifest)
    {
        var assembly = Assembly.Load(new AssemblyName(Path.GetFileNameWithoutExtension(manifest.EntryAssembly)));
        var type = manifest.EntryType is { } name
            ? assembly.GetType(name, throwOnError: true)!
            : assembly.GetTypes().Single(t => typeof(IModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false });
        return (IModule)Activator.CreateInstance(type, nonPublic: true)!;
    }
}
