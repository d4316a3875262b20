using MediatR;
using Platform.Core.Tests.Fixtures.Alpha;

namespace Platform.Core.Tests.Fixtures.Gamma;

internal sealed class GammaListener(GammaInbox inbox) : INotificationHandler<AlphaItemCreated>
{
    public Task Handle(AlphaItemCreated notification, CancellationToken cancellationToken)
    {
        inbox.Received.Enqueue(notification.Name);
        return Task.CompletedTask;
    }
}
