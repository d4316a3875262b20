using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Messaging;

namespace Platform.Core.Messaging;

/// <summary>
/// Which module handles which request. Filled while modules register; read to refuse a second handler of a request.
/// </summary>
internal sealed class HandlerRegistry
{
    private static readonly Type[] HandlerInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IRequestValidator<>)];

    private readonly Dictionary<Type, string> _requestOwners = [];

    /// <summary>
    /// Finds the request handlers, notification handlers and request validators of a module — the classes in its
    /// entry type's namespace or below, internal ones included — and registers them into <paramref name="services"/>.
    /// Nothing is recorded until <see cref="Commit"/>, so a module that fails later leaves no trace.
    /// </summary>
    public static ModuleHandlers Scan(Type moduleType, IServiceCollection services)
    {
        var root = moduleType.Namespace ?? "";
        var requests = new List<Type>();
        foreach (var type in LoadableTypes(moduleType.Assembly).Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && InNamespace(t, root)))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
                if (contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                {
                    requests.Add(contract.GetGenericArguments()[0]);
                }
            }
        }

        return new ModuleHandlers(requests);
    }

    /// <summary>Returns a reason when another module already handles one of these requests.</summary>
    public string? FindConflict(ModuleHandlers handlers, string moduleId)
    {
        foreach (var request in handlers.Requests)
        {
            if (_requestOwners.TryGetValue(request, out var owner) && owner != moduleId)
            {
                return $"it handles {request.FullName}, which module '{owner}' already handles; a request has exactly one handler";
            }
        }

        return null;
    }

    public void Commit(string moduleId, ModuleHandlers handlers)
    {
        foreach (var request in handlers.Requests)
        {
            _requestOwners[request] = moduleId;
        }
    }

    private static bool InNamespace(Type type, string root) =>
        root.Length == 0 || type.Namespace is { } ns && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var missing = ex.LoaderExceptions.OfType<Exception>().Select(e => e.Message).Distinct().Take(3);
            throw new PlatformException("kernel.module.types_unloadable", $"Types of {assembly.GetName().Name} cannot be loaded: {string.Join(" ", missing)}", ErrorKind.Internal, innerException: ex);
        }
    }
}

/// <summary>The handlers found in one module's assembly.</summary>
internal sealed record ModuleHandlers(IReadOnlyList<Type> Requests);
