using MediatR;
using Platform.Contracts.Messaging;
using Platform.Contracts.Persistence;

namespace Platform.Core.Messaging;

/// <summary>
/// Runs an <see cref="ICommand{TResult}"/> in the scope's unit of work: in a new transaction when none runs, under a
/// savepoint when one does — also when the command belongs to another module, since every module's context in the
/// scope shares the connection and the transaction. Notifications raised meanwhile are published after the outermost
/// commit (commit first, then notify), so other modules never see uncommitted work.
/// </summary>
internal sealed class TransactionBehavior<TRequest, TResponse>(IUnitOfWork unitOfWork) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICommand<TResponse>
            ? await unitOfWork.RunAsync(_ => next(), cancellationToken)
            : await next();
}
