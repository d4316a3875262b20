using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Persistence;

/// <summary>Registers and migrates a module's declared context without the module naming a provider.</summary>
internal static class ModuleDatabase
{
    private static readonly MethodInfo RegisterMethod = typeof(ModuleDatabase).GetMethod(nameof(RegisterTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Checks that a declared type can serve as a module context; returns the problem or <see langword="null"/>.</summary>
    public static string? Check(Type contextType)
    {
        if (!typeof(DbContext).IsAssignableFrom(contextType) || contextType.IsAbstract)
        {
            return $"{contextType.FullName} is not a concrete EF Core DbContext";
        }

        var optionsType = typeof(DbContextOptions<>).MakeGenericType(contextType);
        return contextType.GetConstructor([optionsType]) is null
            ? $"{contextType.FullName} needs a public constructor taking only DbContextOptions<{contextType.Name}>"
            : null;
    }

    /// <summary>A context instance outside any container, for migrating at start-up.</summary>
    public static DbContext Create(Type contextType, IDatabaseProvider provider, string moduleId)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        provider.Configure(builder, moduleId, contextType);
        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }

    /// <summary>Applies pending migrations; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(Type contextType, IDatabaseProvider provider, string moduleId, CancellationToken cancellationToken)
    {
        await using var context = Create(contextType, provider, moduleId);
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (context.GetService<IMigrationsAssembly>().Migrations.Count == 0)
        {
            throw new InvalidOperationException($"{contextType.Name} has no migrations. Add one (dotnet ef migrations add Initial); modules never create tables without migrations.");
        }

        await context.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    /// <summary>Migrations not yet applied, without applying them and without creating the database.</summary>
    public static async Task<IReadOnlyList<string>> PendingAsync(Type contextType, IDatabaseProvider provider, string moduleId, CancellationToken cancellationToken)
    {
        await using var context = Create(contextType, provider, moduleId);
        return await context.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken)
            ? (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList()
            : context.Database.GetMigrations().ToList();
    }

    /// <summary>
    /// Registers the context as a scoped service configured by the provider on the scope's shared connection
    /// (<see cref="DatabaseSession"/>), with the interceptors that enlist it in the scope's unit of work.
    /// </summary>
    public static void Register(IServiceCollection services, Type contextType, IDatabaseProvider provider, string moduleId) =>
        RegisterMethod.MakeGenericMethod(contextType).Invoke(null, [services, provider, moduleId]);

    private static void RegisterTyped<TContext>(IServiceCollection services, IDatabaseProvider provider, string moduleId)
        where TContext : DbContext =>
        services.AddDbContext<TContext>((scope, options) =>
        {
            var session = scope.GetRequiredService<DatabaseSession>();
            provider.Configure(options, session.Connection, moduleId, typeof(TContext));
            options.AddInterceptors(session.Interceptors);
        });
}
