using MediatR;

namespace Platform.Contracts.Messaging;

/// <summary>
/// A request that changes state. The kernel validates it, runs its handler in a unit of work
/// (<see cref="Persistence.IUnitOfWork"/>) — one transaction shared by every module it touches, or a savepoint
/// inside the running one — and publishes notifications raised while handling it only after the outermost commit.
/// </summary>
/// <typeparam name="TResult">What the handler returns.</typeparam>
public interface ICommand<out TResult> : IRequest<TResult>
{
}

/// <summary>A state-changing request with no result. See <see cref="ICommand{TResult}"/>.</summary>
public interface ICommand : ICommand<Unit>, IRequest
{
}
