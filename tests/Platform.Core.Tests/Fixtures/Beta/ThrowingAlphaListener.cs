using MediatR;
using Platform.Core.Tests.Fixtures.Alpha;

namespace Platform.Core.Tests.Fixtures.Beta;

/// <summary>A broken listener: its failure must not reach the publisher or the other listeners.</summary>
internal sealed class ThrowingAlphaListener : INotificationHandler<AlphaItemCreated>
{
    public Task Handle(AlphaItemCreated notification, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("listener is broken");
}
