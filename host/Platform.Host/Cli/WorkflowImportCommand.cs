using System.CommandLine;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Modules;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Forms;
using Platform.Core.Workflow;
using Platform.Core.Workflow.Bpmn;
using Platform.Host.Hosting;
using Spectre.Console;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform workflow import-bpmn FILE [--out FILE] [--key KEY] [--name NAME] [--check] [--json]</c>: the BPMN import of
/// <c>POST /api/workflow/definitions/import/bpmn</c> without the web server. It prints the report (every element not
/// mapped, every foreign condition) and writes the definition as JSON; nothing is published. Without <c>--check</c> the
/// database is neither created nor changed (the engines are composed only for the expression language); with it the
/// engines start on the data directory and the definition checks run. Exit code 0 when the file was mapped, 1 when it
/// could not be read or is not a BPMN model.
/// </summary>
internal static class WorkflowImportCommand
{
    public static Command Create() => new("workflow", "Workflow tools: BPMN 2.0 import (docs/workflow.md).") { ImportBpmn() };

    private static Command ImportBpmn()
    {
        var file = new Argument<FileInfo>("file") { Description = "The BPMN 2.0 file (XML)." };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Write the definition here (JSON, as POST /api/workflow/definitions takes it); sub-process definitions go beside it as <key>.json. Default: printed after the report.",
        };
        var key = new Option<string?>("--key") { Description = "Key of the definition (default: from the process id)." };
        var name = new Option<string?>("--name") { Description = "Name of the definition (default: the process name)." };
        var check = new Option<bool>("--check") { Description = "Run the definition checks against the organisation and forms of the data directory (starts the engines, applying pending migrations)." };
        var json = new Option<bool>("--json") { Description = "Print the whole result as JSON, as the HTTP API answers, instead of the report." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("import-bpmn", "Map a BPMN 2.0 file onto a process definition and report every element that was not mapped.")
        {
            file, output, key, name, check, json, dataDir, pluginsDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var checking = parse.GetValue(check);
            await using var engines = await Engines.StartAsync(parse.GetValue(dataDir), parse.GetValue(pluginsDir), checking, cancellationToken);
            if (engines.Failure is { } failure)
            {
                return await CliHost.FailAsync(failure);
            }

            BpmnImportResult result;
            try
            {
                await using var stream = path.OpenRead();
                result = await engines.Importer.ImportAsync(
                    stream, new BpmnImportOptions { Key = parse.GetValue(key), Name = parse.GetValue(name), Check = checking }, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Cannot read {path.FullName}: {ex.Message}");
            }
            catch (PlatformException ex)
            {
                var where = ex.Errors.Count > 0 ? ex.Errors[0].Message : ex.Message;
                return await CliHost.FailAsync($"{ex.Code}: {path.Name}, {where}");
            }

            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, BpmnImport.ToJson(result.Definition) + "\n", cancellationToken);
                foreach (var sub in result.SubProcesses)
                {
                    await File.WriteAllTextAsync(Path.Combine(target.DirectoryName ?? ".", sub.Key + ".json"), BpmnImport.ToJson(sub) + "\n", cancellationToken);
                }
            }

            if (parse.GetValue(json))
            {
                Console.WriteLine(BpmnImport.ToJson(result));
                return 0;
            }

            Print(result, Console.IsOutputRedirected);
            if (parse.GetValue(output) is { } written)
            {
                Console.WriteLine($"Definition '{result.Definition.Key}' written to {written.FullName}"
                    + (result.SubProcesses.Count > 0 ? $", and {result.SubProcesses.Count} sub-process definition(s) beside it" : "") + ". Nothing was published.");
            }
            else
            {
                Console.WriteLine(BpmnImport.ToJson(result.Definition));
                foreach (var sub in result.SubProcesses)
                {
                    Console.WriteLine(BpmnImport.ToJson(sub));
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>The report: counts, then every element not mapped, every foreign condition and every check problem.</summary>
    private static void Print(BpmnImportResult result, bool plain)
    {
        var definition = result.Definition;
        var report = result.Report;
        Console.WriteLine($"Process '{definition.Key}' ({definition.Name}): {definition.Nodes.Count} node(s), {definition.Flows.Count} flow(s)"
            + (result.SubProcesses.Count > 0 ? $", {result.SubProcesses.Count} sub-process definition(s)" : "")
            + $"; {report.Mapped.Count} element(s) mapped, {report.Unmapped.Count} not mapped or only partly, {report.ForeignConditions.Count} foreign condition(s).");
        Table("Not mapped", ["line", "element", "id", "reason"], report.Unmapped.Select(n => new[] { $"{n.Line}", n.ElementType, n.ElementId ?? "", n.Message }), plain);
        Table("Foreign conditions (kept out of the definition, verbatim)", ["line", "flow", "language", "expression", "reason"],
            report.ForeignConditions.Select(c => new[] { $"{c.Line}", c.FlowId, c.Language, c.Expression, c.Reason }), plain);
        if (result.Checked)
        {
            Table("Definition check", ["path", "code", "message"], result.Problems.Select(p => new[] { p.Path, p.Code, p.Message }), plain);
            Console.WriteLine(result.Problems.Count == 0 ? "The definition checks found no problem." : $"{result.Problems.Count} problem(s) to fix before publishing.");
        }
        else
        {
            Console.WriteLine("Definition checks not run (use --check, or POST the definition to /api/workflow/definitions/check).");
        }
    }

    private static void Table(string title, string[] columns, IEnumerable<string[]> rows, bool plain)
    {
        var all = rows.ToList();
        if (all.Count == 0)
        {
            return;
        }

        if (plain)
        {
            Console.WriteLine($"{title}:");
            foreach (var row in all)
            {
                Console.WriteLine(string.Join('\t', row));
            }

            return;
        }

        var table = new Table { Title = new TableTitle(Markup.Escape(title)) }.AddColumns(columns.Select(c => new TableColumn(Markup.Escape(c))).ToArray());
        foreach (var row in all)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
    }

    /// <summary>The kernel composed for one import: the expression language always; the checks only with <c>--check</c>.</summary>
    private sealed class Engines : IAsyncDisposable
    {
        private readonly ServiceProvider? _services;
        private readonly AsyncServiceScope? _scope;
        private readonly bool _check;

        private Engines(ServiceProvider? services, bool check, string? failure)
        {
            _services = services;
            _scope = services?.CreateAsyncScope();
            _check = check;
            Failure = failure;
        }

        public string? Failure { get; }

        public IBpmnImporter Importer => _scope?.ServiceProvider is { } sp
            ? _check ? sp.GetRequiredService<IBpmnImporter>() : BpmnImport.Create(sp.GetRequiredService<IExpressionEngine>())
            : throw new InvalidOperationException(Failure);

        public static async Task<Engines> StartAsync(string? dataDirectory, string? pluginsDirectory, bool check, CancellationToken cancellationToken)
        {
            var configuration = HostKernel.CommandConfiguration();
            var settings = HostSettings.Resolve(configuration, null, dataDirectory, pluginsDirectory);
            using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Critical));
            var kernel = HostKernel.Create(settings, loggerFactory, applyMigrations: check, configuration);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            var catalog = await kernel.BootAsync(services, configuration, cancellationToken);
            var needed = check ? WorkflowModule.Id : FormsModule.Id;
            var module = catalog.Modules.Single(m => m.Id == needed);
            return module.State == ModuleState.Loaded
                ? new Engines(services.BuildServiceProvider(), check, null)
                : new Engines(null, check, $"The {needed} engine did not start ({module.State}): {module.Reason}");
        }

        public async ValueTask DisposeAsync()
        {
            if (_scope is { } scope)
            {
                await scope.DisposeAsync();
            }

            if (_services is not null)
            {
                await _services.DisposeAsync();
            }
        }
    }
}
