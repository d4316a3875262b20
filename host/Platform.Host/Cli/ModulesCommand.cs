using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Contracts.Modules;
using Platform.Host.Hosting;
using Spectre.Console;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform modules</c>: runs the same start-up checks as <c>serve</c> — discovery, contracts, dependencies,
/// loading, registration — without starting the web server and without changing the database (pending migrations are
/// only counted), and prints the table <c>GET /api/modules</c> returns.
/// </summary>
internal static class ModulesCommand
{
    public static Command Create()
    {
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var json = new Option<bool>("--json") { Description = "Print JSON, as GET /api/modules returns it." };
        var command = new Command("modules", "List engines and plugins with the state each would load in.") { dataDir, pluginsDir, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = HostKernel.CommandConfiguration();
            var settings = HostSettings.Resolve(configuration, null, parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Critical));
            var kernel = HostKernel.Create(settings, loggerFactory, applyMigrations: false, configuration);
            var catalog = await kernel.BootAsync(new ServiceCollection(), configuration, cancellationToken);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(catalog.Modules, JsonOptions));
            }
            else
            {
                Render(catalog.Modules, settings);
            }

            return 0;
        });
        return command;
    }

    internal static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static void Render(IReadOnlyList<ModuleInfo> modules, HostSettings settings)
    {
        AnsiConsole.MarkupLine($"[grey]plugins:[/] {Markup.Escape(settings.PluginsDirectory)}");
        var table = new Table().AddColumns("Module", "Version", "Kind", "State", "Contracts (required → provided)", "Reason");
        foreach (var module in modules)
        {
            var state = module.State == ModuleState.Loaded ? "[green]Loaded[/]" : $"[red]{module.State}[/]";
            var contracts = string.Join("\n", module.Contracts.Select(c => $"{c.Name} {c.Required} → {c.Available ?? "none"}"));
            table.AddRow(
                Markup.Escape(module.Id),
                Markup.Escape(module.Version ?? "?"),
                module.Kind.ToString().ToLowerInvariant(),
                state,
                Markup.Escape(contracts),
                Markup.Escape(module.Reason ?? Licence(module.License)));
        }

        AnsiConsole.Write(table);
    }

    private static string Licence(ModuleLicense licence) => licence.Status switch
    {
        LicenseStatus.NotRequired => "",
        LicenseStatus.Licensed => string.Join("\n", [$"licence {licence.LicenseId} until {licence.NotAfter:yyyy-MM-dd}", .. licence.Warnings]),
        _ => "unlicensed",
    };
}
