using System.Reflection;
using MediatR;
using McMaster.NETCore.Plugins;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Identity;
using Platform.Contracts.Modules;
using Platform.Contracts.Persistence;
using Platform.Core.Identity;
using Platform.Core.Messaging;
using Platform.Core.Modules;
using Platform.Core.Persistence;

namespace Platform.Core.Hosting;

/// <summary>
/// Composes modules into one service collection: finds plugins, checks contracts and dependencies, loads
/// assemblies with one shared copy of the contracts and runtime, registers each module in isolation, applies its
/// migrations in dependency order, and wires messaging. A module that fails at any step is reported with a reason
/// and leaves nothing behind; the others carry on.
/// </summary>
public sealed partial class PlatformKernel
{
    private static readonly Type[] KernelSharedTypes =
    [
        typeof(IModule), typeof(IMediator), typeof(IServiceCollection), typeof(IConfiguration), typeof(ILogger),
        typeof(DbContext), typeof(SqliteConnection), typeof(TimeProvider),
    ];

    private readonly KernelOptions _options;
    private readonly ILogger _logger;
    private readonly List<ModuleCandidate> _linked = [];
    private readonly HandlerRegistry _registry = new();
    private List<ModuleCandidate> _all = [];

    /// <summary>Creates a kernel.</summary>
    /// <param name="options">Where plugins and data are.</param>
    /// <param name="loggerFactory">Logs start-up decisions.</param>
    public PlatformKernel(KernelOptions options, ILoggerFactory loggerFactory)
    {
        _options = options;
        _logger = loggerFactory.CreateLogger<PlatformKernel>();
        Database = options.Database ?? new SqliteDatabaseProvider(Path.Combine(options.DataDirectory, "platform.db"));
        Contracts = options.Contracts ?? ContractCatalog.FromApplicationDirectory();
        AddModule(new KernelModule(), KernelModule.Manifest);
    }

    /// <summary>The database every module's context uses.</summary>
    public IDatabaseProvider Database { get; }

    /// <summary>Contracts this host provides.</summary>
    public ContractCatalog Contracts { get; }

    /// <summary>The module catalog, once <see cref="BootAsync"/> has run.</summary>
    public IModuleCatalog Catalog => new ModuleCatalog(_all);

    /// <summary>Modules that loaded, in dependency order.</summary>
    public IReadOnlyList<LoadedModule> LoadedModules =>
        _all.Where(c => c is { IsAlive: true, Instance: not null }).Select(c => new LoadedModule(c.Id, c.Kind, c.Instance!)).ToList();

    /// <summary>Migrations of a module that were pending at start-up: applied since, unless <see cref="KernelOptions.ApplyMigrations"/> was off.</summary>
    /// <param name="moduleId">Module id.</param>
    public IReadOnlyList<string> PendingMigrationsOf(string moduleId) =>
        _all.FirstOrDefault(c => c.Id == moduleId)?.PendingMigrations ?? [];

    /// <summary>Adds a module linked into the host (an engine, or an app linked statically).</summary>
    /// <param name="module">The module's entry point.</param>
    /// <param name="manifest">Its manifest.</param>
    /// <param name="kind">Engine (default) or app.</param>
    public void AddModule(IModule module, PluginManifest manifest, ModuleKind kind = ModuleKind.Engine) =>
        _linked.Add(new ModuleCandidate(manifest.Id, kind, manifest, null) { Instance = module, Assembly = module.GetType().Assembly });

    /// <summary>Marks a loaded module as failed after start-up wiring went wrong (e.g. mapping its endpoints threw).</summary>
    /// <param name="id">Module id.</param>
    /// <param name="reason">What went wrong.</param>
    public void Fail(string id, string reason)
    {
        _all.FirstOrDefault(c => c.Id == id)?.Stop(ModuleState.Failed, reason);
        _logger.LogWarning("Module {ModuleId} failed: {Reason}", id, reason);
    }

    /// <summary>
    /// What stops the host from serving: an unreachable database, or a loaded module with migrations not applied.
    /// Empty when ready.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    public async Task<IReadOnlyList<string>> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        if (!await Database.CanConnectAsync(cancellationToken))
        {
            return [$"The {Database.Name} database cannot be reached."];
        }

        var problems = new List<string>();
        foreach (var candidate in _all.Where(c => c is { IsAlive: true, DatabaseContext: not null }))
        {
            var pending = await ModuleDatabase.PendingAsync(candidate.DatabaseContext!, Database, candidate.Id, cancellationToken);
            if (pending.Count > 0)
            {
                problems.Add($"Module '{candidate.Id}' has {pending.Count} migration(s) not applied.");
            }
        }

        return problems;
    }

    /// <summary>Runs start-up and registers the kernel and every module that loads into <paramref name="services"/>.</summary>
    /// <param name="services">The host's service collection.</param>
    /// <param name="configuration">The host configuration; each module reads <c>Modules:&lt;id&gt;</c>.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    public async Task<IModuleCatalog> BootAsync(IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        if (_options.ApplyMigrations)
        {
            Database.Initialize();
        }

        var plugins = _options.PluginsDirectory is { } dir ? PluginDiscovery.Discover(dir) : [];
        PluginSignatures.Apply(plugins, _options.PluginTrust, _options.RequireSignatures, _logger);
        _all = [.. _linked, .. plugins];
        var ordered = ModuleResolver.Resolve(_all, Contracts);
        CheckLicenses();
        var byId = _all.Where(c => c.Manifest is not null).GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First());

        foreach (var candidate in ordered)
        {
            ModuleResolver.PropagateDependencyFailures(byId);
            if (candidate.IsAlive)
            {
                await StartAsync(candidate, services, configuration, cancellationToken);
            }
        }

        ModuleResolver.PropagateDependencyFailures(byId);
        RegisterKernel(services);
        foreach (var candidate in _all)
        {
            if (candidate.IsAlive)
            {
                _logger.LogInformation("Module {ModuleId} {Version} loaded ({Kind}{Location})", candidate.Id, candidate.Manifest!.Version, candidate.Kind, candidate.Location is null ? "" : " from " + candidate.Location);
            }
            else
            {
                _logger.LogWarning("Module {ModuleId} not loaded: {State}. {Reason}", candidate.Id, candidate.State, candidate.Reason);
            }
        }

        return Catalog;
    }

    private async Task StartAsync(ModuleCandidate candidate, IServiceCollection services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var step = "loading";
        try
        {
            if (candidate.Instance is null)
            {
                Load(candidate);
            }

            step = "reading its database declaration";
            var database = candidate.Instance!.GetType().GetCustomAttribute<ModuleDatabaseAttribute>()?.ContextType;
            if (database is not null && ModuleDatabase.Check(database) is { } problem)
            {
                candidate.Stop(ModuleState.Failed, $"Its database declaration is wrong: {problem}.");
                return;
            }

            step = "registering its services";
            var own = new ServiceCollection();
            var manifest = candidate.Manifest!;
            var context = new ModuleContext(manifest, configuration.GetSection($"Modules:{manifest.Id}"), Path.Combine(_options.DataDirectory, "modules", manifest.Id));
            candidate.Instance.ConfigureServices(own, context);
            var handlers = HandlerRegistry.Scan(candidate.Instance.GetType(), own);
            if (_registry.FindConflict(handlers, candidate.Id) is { } conflict)
            {
                candidate.Stop(ModuleState.Failed, $"Not loaded because {conflict}.");
                return;
            }

            if (database is not null)
            {
                ModuleDatabase.Register(own, database, Database, candidate.Id);
                step = "applying its migrations";
                candidate.PendingMigrations = _options.ApplyMigrations
                    ? await ModuleDatabase.MigrateAsync(database, Database, candidate.Id, cancellationToken)
                    : await ModuleDatabase.PendingAsync(database, Database, candidate.Id, cancellationToken);
            }

            foreach (var descriptor in own)
            {
                services.Add(descriptor);
            }

            _registry.Commit(candidate.Id, handlers);
            candidate.DatabaseContext = database;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
            _logger.LogError(cause, "Module {ModuleId} failed while {Step}", candidate.Id, step);
            candidate.Stop(ModuleState.Failed, $"Failed while {step}: {cause.GetType().Name}: {cause.Message}");
        }
    }

    private void Load(ModuleCandidate candidate)
    {
        var manifest = candidate.Manifest!;
        var entryFile = Path.Combine(candidate.Location!, manifest.EntryAssembly);
        if (!File.Exists(entryFile))
        {
            throw new FileNotFoundException($"The entry assembly {manifest.EntryAssembly} named in plugin.json is not in the plugin folder.");
        }

        candidate.Loader = PluginLoader.CreateFromAssemblyFile(
            Path.GetFullPath(entryFile),
            [.. KernelSharedTypes, .. _options.SharedTypes],
            config => config.PreferSharedTypes = true);
        candidate.Assembly = candidate.Loader.LoadDefaultAssembly();
        candidate.Instance = CreateEntryPoint(candidate.Assembly, manifest);
    }

    private static IModule CreateEntryPoint(Assembly assembly, PluginManifest manifest)
    {
        Type entryType;
        if (manifest.EntryType is { } name)
        {
            entryType = assembly.GetType(name, throwOnError: false)
                ?? throw new InvalidOperationException($"The entry type {name} named in plugin.json is not in {manifest.EntryAssembly}.");
        }
        else
        {
            var candidates = assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
            entryType = candidates.Count == 1
                ? candidates[0]
                : throw new InvalidOperationException(candidates.Count == 0
                    ? $"{manifest.EntryAssembly} holds no class implementing IModule (compiled against another copy of Platform.Contracts?)."
                    : $"{manifest.EntryAssembly} holds {candidates.Count} IModule classes; name one as entryType in plugin.json.");
        }

        return typeof(IModule).IsAssignableFrom(entryType)
            ? (IModule)Activator.CreateInstance(entryType, nonPublic: true)!
            : throw new InvalidOperationException($"{entryType.FullName} does not implement IModule.");
    }

    private void RegisterKernel(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, AnonymousUser>();
        services.AddSingleton(this);
        services.AddSingleton(Database);
        services.AddSingleton(_registry);
        services.AddSingleton<IModuleCatalog>(_ => Catalog);
        services.AddScoped<CommandScope>();
        services.AddSingleton<WriteGate>();
        services.AddScoped<DatabaseSession>();
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<IMediator, PlatformMediator>();
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
    }
}
