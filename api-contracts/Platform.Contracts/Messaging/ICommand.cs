using MediatR;

namespace Platform.Contracts.Messaging;

/// <summary>
/// A request that changes state. The kernel validates it, runs its handler in one transaction of the
/// handling module's database, and publishes notifications raised while handling it only after the commit.
/// </summary>
/// <typeparam name="TResult">What the handler returns.</typeparam>
public interface ICommand<out TResult> : IRequest<TResult>
{
}

/// <summary>A state-changing request with no result. See <see cref="ICommand{TResult}"/>.</summary>
public interface ICommand : ICommand<Unit>, IRequest
{
}
