using System.CommandLine;

namespace Platform.Host.Cli;

/// <summary>The <c>platform</c> command line: <c>serve</c> runs the host, <c>modules</c> shows what would load, <c>org</c> imports and exports the organisation; <c>keys</c>, <c>plugin</c>, <c>license</c> and <c>bundle</c> sign, install and assemble modules.</summary>
internal static class PlatformCli
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Platform — modular collaboration platform host and tools.")
        {
            ServeCommand.Create(),
            ModulesCommand.Create(),
            OrgImportCommand.Create(),
            WorkflowImportCommand.Create(),
            KeysCommand.Create(),
            PluginCommand.Create(),
            LicenseCommand.Create(),
            BundleCommand.Create(),
            DemoCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
