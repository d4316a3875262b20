using System.Collections.Concurrent;

namespace Platform.Core.Tests.Fixtures.Gamma;

public sealed class GammaInbox
{
    public ConcurrentQueue<string> Received { get; } = new();
}
