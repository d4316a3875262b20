using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Core.Forms.Definitions;
using Platform.Core.Forms.Expressions;
using Platform.Core.Forms.Processing;
using Platform.Core.Hosting;
using Platform.Core.Organization;

namespace Platform.Core.Forms.Tests.Support;

/// <summary>
/// The record processor, definition checker and schema exporter with the real expression engine and a real
/// organization engine (kernel with only the organization module, on SQLite in a temporary directory), seeded through
/// the importer:
/// <code>
/// unit hq: department fin; members alice (enabled), dave (disabled)
/// </code>
/// </summary>
internal sealed class ProcessingHarness : IAsyncDisposable
{
    private ProcessingHarness(string directory, ServiceProvider services)
    {
        Directory = directory;
        Services = services;
        var members = services.GetRequiredService<IMemberDirectory>();
        Alice = members.FindByLogin("alice")!.Id;
        Dave = members.FindByLogin("dave")!.Id;
        Finance = members.FindByLogin("alice")!.Primary.DepartmentId;
    }

    public string Directory { get; }

    public ServiceProvider Services { get; }

    public string Alice { get; }

    public string Dave { get; }

    public string Finance { get; }

    public IRecordProcessor Processor => Services.GetRequiredService<IRecordProcessor>();

    public IDefinitionChecker Checker => Services.GetRequiredService<IDefinitionChecker>();

    public ISchemaExporter Exporter => Services.GetRequiredService<ISchemaExporter>();

    public static async Task<ProcessingHarness> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-forms-processing-tests", Guid.NewGuid().ToString("N"));
        var kernel = new PlatformKernel(new KernelOptions { DataDirectory = directory }, NullLoggerFactory.Instance);
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        await kernel.BootAsync(services, new ConfigurationBuilder().Build());
        services.AddSingleton<ExpressionEngine>(sp => new ExpressionEngine(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IExpressionEngine>(sp => sp.GetRequiredService<ExpressionEngine>());
        services.AddSingleton<IDefinitionChecker, DefinitionChecker>();
        services.AddSingleton<IRecordProcessor, RecordProcessor>();
        services.AddSingleton<ISchemaExporter, SchemaExporter>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await SeedAsync(provider);
        return new ProcessingHarness(directory, provider);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<IOrganizationImporter>();
        var document = new OrgDocument
        {
            Units = [new UnitRecord { Code = "hq", Name = "Headquarters" }],
            Departments = [new DepartmentRecord { Code = "fin", Name = "Finance", Unit = "hq" }],
            Members =
            [
                new MemberRecord { Code = "alice", Login = "alice", Name = "Alice", Department = "fin" },
                new MemberRecord { Code = "dave", Login = "dave", Name = "Dave", Department = "fin", Enabled = false },
            ],
        };
        var report = await importer.ImportAsync(document, dryRun: false, progress: null, CancellationToken.None);
        _ = report;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
