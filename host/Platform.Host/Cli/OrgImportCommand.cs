using System.CommandLine;
using Platform.Contracts.Errors;
using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization;
using Platform.Core.Organization.Import;
using Platform.Host.Hosting;
using Spectre.Console;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform org import FILE [--dry-run]</c> and <c>platform org export [-o FILE]</c>: the bulk import and export of
/// <c>POST /api/org/import</c> and <c>GET /api/org/export</c>, run against the data directory without the web server.
/// The kernel starts as for <c>serve</c> (migrations applied, the engines linked); the import shows a
/// progress bar on a terminal and plain lines when the output is redirected. Exit code 0 when the import was applied
/// (or a dry run found no error), 1 otherwise, with every error printed as path, code and message.
/// </summary>
internal static class OrgImportCommand
{
    public static Command Create() => new("org", "Organisation tools: bulk import and export (docs/org-import.md).") { Import(), Export() };

    private static Command Import()
    {
        var file = new Argument<FileInfo>("file") { Description = "The organisation document (JSON, format in docs/org-import.md)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate and count what would change; write nothing." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("import", "Create or update units, departments, posts, levels, members, roles and groups by code; all or nothing.")
        {
            file, dryRun, dataDir, pluginsDir,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            var plain = Console.IsOutputRedirected;
            OrgDocument document;
            try
            {
                await using var stream = path.OpenRead();
                document = plain
                    ? await ReadPlainAsync(stream, path, cancellationToken)
                    : await AnsiConsole.Status().StartAsync($"Reading {Markup.Escape(path.Name)}…", _ => OrgDocumentJson.ReadAsync(stream, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Cannot read {path.FullName}: {ex.Message}");
                return 1;
            }
            catch (PlatformException ex)
            {
                PrintErrors(ex.Errors, plain);
                return 1;
            }

            await using var engine = await OrgEngine.StartAsync(parse.GetValue(dataDir), parse.GetValue(pluginsDir), cancellationToken);
            if (engine.Failure is { } failure)
            {
                await Console.Error.WriteLineAsync(failure);
                return 1;
            }

            ImportReport report;
            try
            {
                report = plain
                    ? await engine.Importer.ImportAsync(document, parse.GetValue(dryRun), new PlainProgress(), cancellationToken)
                    : await ImportWithProgressBarAsync(engine.Importer, document, parse.GetValue(dryRun), cancellationToken);
            }
            catch (PlatformException ex)
            {
                await Console.Error.WriteLineAsync($"{ex.Code}: {ex.Message}");
                return 1;
            }

            PrintCounts(report, plain);
            PrintErrors(report.Errors, plain);
            Console.WriteLine(report switch
            {
                { Errors.Count: > 0 } => $"{report.Errors.Count} error(s): nothing was written.",
                { Applied: false } => "Dry run: the document is valid; nothing was written.",
                _ => "Applied.",
            });
            return report.Applied || (parse.GetValue(dryRun) && report.Errors.Count == 0) ? 0 : 1;
        });
        return command;
    }

    private static Command Export()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the document (default: standard output)." };
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("export", "Write the whole organisation in the import format.") { output, dataDir, pluginsDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var engine = await OrgEngine.StartAsync(parse.GetValue(dataDir), parse.GetValue(pluginsDir), cancellationToken);
            if (engine.Failure is { } failure)
            {
                await Console.Error.WriteLineAsync(failure);
                return 1;
            }

            var document = await engine.Importer.ExportAsync(cancellationToken);
            if (parse.GetValue(output) is { } file)
            {
                await using var stream = file.Create();
                await OrgDocumentJson.WriteAsync(stream, document, cancellationToken);
            }
            else
            {
                await using var stream = Console.OpenStandardOutput();
                await OrgDocumentJson.WriteAsync(stream, document, cancellationToken);
                await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
            }

            return 0;
        });
        return command;
    }

    private static Task<OrgDocument> ReadPlainAsync(Stream stream, FileInfo path, CancellationToken cancellationToken)
    {
        Console.WriteLine($"reading {path.FullName}");
        return OrgDocumentJson.ReadAsync(stream, cancellationToken);
    }

    private static Task<ImportReport> ImportWithProgressBarAsync(IOrganizationImporter importer, OrgDocument document, bool dryRun, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(context => importer.ImportAsync(document, dryRun, new BarProgress(context), cancellationToken));

    private static void PrintCounts(ImportReport report, bool plain)
    {
        if (plain)
        {
            foreach (var (kind, counts) in report.Counts)
            {
                Console.WriteLine($"{kind}: {counts.Created} created, {counts.Updated} updated, {counts.Unchanged} unchanged");
            }

            return;
        }

        var table = new Table().AddColumns("", "created", "updated", "unchanged");
        foreach (var (kind, counts) in report.Counts)
        {
            table.AddRow(kind, $"{counts.Created:N0}", $"{counts.Updated:N0}", $"{counts.Unchanged:N0}");
        }

        AnsiConsole.Write(table);
    }

    private static void PrintErrors(IReadOnlyList<FieldError> errors, bool plain)
    {
        foreach (var error in errors)
        {
            if (plain)
            {
                Console.WriteLine($"{error.Field}\t{error.Code}\t{error.Message}");
            }
            else
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(error.Field)}[/]  [yellow]{Markup.Escape(error.Code)}[/]  {Markup.Escape(error.Message)}");
            }
        }
    }

    /// <summary>The kernel with the organization engine, booted for one command; disposing it stops everything.</summary>
    private sealed class OrgEngine : IAsyncDisposable
    {
        private readonly ServiceProvider? _services;
        private readonly AsyncServiceScope? _scope;

        private OrgEngine(ServiceProvider? services, string? failure)
        {
            _services = services;
            _scope = services?.CreateAsyncScope();
            Failure = failure;
        }

        public string? Failure { get; }

        public IOrganizationImporter Importer =>
            _scope?.ServiceProvider.GetRequiredService<IOrganizationImporter>() ?? throw new InvalidOperationException(Failure);

        public static async Task<OrgEngine> StartAsync(string? dataDirectory, string? pluginsDirectory, CancellationToken cancellationToken)
        {
            var configuration = HostKernel.CommandConfiguration();
            var settings = HostSettings.Resolve(configuration, null, dataDirectory, pluginsDirectory);
            using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Critical));
            var kernel = HostKernel.Create(settings, loggerFactory, configuration: configuration);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            var catalog = await kernel.BootAsync(services, configuration, cancellationToken);
            var org = catalog.Modules.Single(m => m.Id == OrganizationModule.Id);
            return org.State == ModuleState.Loaded
                ? new OrgEngine(services.BuildServiceProvider(), null)
                : new OrgEngine(null, $"The organization engine did not start ({org.State}): {org.Reason}");
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

    /// <summary>One line per stage, then at most one per tenth of it: readable in a log file.</summary>
    private sealed class PlainProgress : IProgress<ImportProgress>
    {
        private string? _stage;
        private int _tenth;

        public void Report(ImportProgress value)
        {
            var tenth = value.Total <= 1 ? 10 : (int)(10L * value.Done / value.Total);
            if (value.Stage != _stage || (tenth > _tenth && value.Total > 1))
            {
                (_stage, _tenth) = (value.Stage, tenth);
                Console.WriteLine($"{value.Stage} {value.Done}/{value.Total}");
            }
        }
    }

    /// <summary>A Spectre.Console bar per stage; the previous stage completes when the next begins.</summary>
    private sealed class BarProgress(ProgressContext context) : IProgress<ImportProgress>
    {
        private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
        private ProgressTask? _current;

        public void Report(ImportProgress value)
        {
            if (!_tasks.TryGetValue(value.Stage, out var task))
            {
                if (_current is not null)
                {
                    _current.Value = _current.MaxValue;
                    _current.StopTask();
                }

                _tasks[value.Stage] = task = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                _current = task;
            }

            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;
        }
    }
}
