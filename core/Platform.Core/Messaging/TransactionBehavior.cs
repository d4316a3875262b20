using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Errors;
using Platform.Contracts.Messaging;

namespace Platform.Core.Messaging;

/// <summary>
/// Runs an <see cref="ICommand{TResult}"/> in one transaction of the handling module's database, then publishes the
/// notifications raised meanwhile — commit first, then notify, so other modules never see uncommitted work. A nested
/// command of the same module joins the open transaction; one of another module while a transaction is open is refused
/// (<see cref="ErrorCodes.CrossModuleTransaction"/>): modules have separate connections, and on SQLite a second writer
/// would wait on the first until it times out.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(IServiceProvider services, HandlerRegistry registry, CommandScope scope)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse>)
        {
            return await next();
        }

        var owner = registry.OwnerOf(typeof(TRequest));
        var database = owner is null ? null : registry.DatabaseOf(owner);
        if (database is not null && scope.TransactionModule is { } open && open != owner)
        {
            throw new PlatformException(
                ErrorCodes.CrossModuleTransaction,
                $"{typeof(TRequest).Name} (module '{owner}') was sent while a transaction of module '{open}' is open. Commit first, then send it, or publish a notification.",
                ErrorKind.Internal);
        }

        var response = await RunAsync(owner, database, next, cancellationToken);
        if (scope.Depth == 0)
        {
            foreach (var publish in scope.TakeAll())
            {
                await publish();
            }
        }

        return response;
    }

    private async Task<TResponse> RunAsync(string? owner, Type? database, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        var mark = scope.DeferredCount;
        IDbContextTransaction? transaction = null;
        scope.Depth++;
        try
        {
            if (database is not null && scope.TransactionModule is null)
            {
                var context = (DbContext)services.GetRequiredService(database);
                transaction = await context.Database.BeginTransactionAsync(cancellationToken);
                scope.TransactionModule = owner;
            }

            var response = await next();
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return response;
        }
        catch
        {
            scope.DiscardFrom(mark);
            throw;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
                scope.TransactionModule = null;
            }

            scope.Depth--;
        }
    }
}
