using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Errors;

namespace Platform.Core.Messaging;

/// <summary>
/// The mediator every module receives. Requests go to their single handler through the pipeline (logging,
/// validation, transaction); a request no installed module handles fails with <see cref="ErrorCodes.NoHandler"/>.
/// Notifications reach every installed handler — after the outermost unit of work commits, if one is running — and one
/// handler's failure is logged without failing the publisher or the other handlers; no handler is a no-op.
/// </summary>
internal sealed class PlatformMediator(IServiceProvider services, CommandScope scope, ILogger<PlatformMediator> logger) : IMediator
{
    private static readonly ConcurrentDictionary<Type, (Type Enumerable, MethodInfo Handle)> NotificationTypes = new();
    private readonly Mediator _inner = new(services.GetService);

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var handlerType = typeof(IRequestHandler<,>).MakeGenericType(request.GetType(), typeof(TResponse));
        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(handlerType))
        {
            throw new PlatformException(
                ErrorCodes.NoHandler,
                $"No installed module handles {request.GetType().Name}. The module that provides it is not installed or not loaded.",
                ErrorKind.Unavailable);
        }

        return _inner.Send(request, cancellationToken);
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (scope.Depth > 0)
        {
            scope.Defer(() => PublishNowAsync(notification, CancellationToken.None));
            return Task.CompletedTask;
        }

        return PublishNowAsync(notification, cancellationToken);
    }

    private async Task PublishNowAsync(INotification notification, CancellationToken cancellationToken)
    {
        var (enumerableType, handle) = NotificationTypes.GetOrAdd(notification.GetType(), static type =>
        {
            var handlerType = typeof(INotificationHandler<>).MakeGenericType(type);
            return (typeof(IEnumerable<>).MakeGenericType(handlerType), handlerType.GetMethod(nameof(INotificationHandler<INotification>.Handle))!);
        });

        var handlers = (IEnumerable<object>?)services.GetService(enumerableType) ?? [];
        foreach (var handler in handlers)
        {
            try
            {
                await (Task)handle.Invoke(handler, [notification, cancellationToken])!;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var cause = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
                logger.LogError(cause, "Notification handler {Handler} failed on {Notification}", handler.GetType().FullName, notification.GetType().Name);
            }
        }
    }
}
