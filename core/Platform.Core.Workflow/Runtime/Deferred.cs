using Microsoft.Extensions.DependencyInjection;

namespace Platform.Core.Workflow.Runtime;

/// <summary>
/// A scoped service resolved on first use. Most actions never touch forms, the scheduler, the calendar or the definition
/// store; resolving them eagerly built their EF Core contexts and dependency graphs on every action.
/// </summary>
/// <typeparam name="T">The service.</typeparam>
internal sealed class Deferred<T>(IServiceProvider services)
    where T : notnull
{
    private T? _value;

    public T Value => _value ??= services.GetRequiredService<T>();
}
