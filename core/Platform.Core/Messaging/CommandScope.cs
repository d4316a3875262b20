namespace Platform.Core.Messaging;

/// <summary>
/// Per-scope state of the command pipeline: which module's transaction is open, and the notifications raised
/// while commands run, which are published only once the outermost command has committed.
/// </summary>
internal sealed class CommandScope
{
    private readonly List<Func<Task>> _deferred = [];

    /// <summary>Commands running in this scope (nested sends count).</summary>
    public int Depth { get; set; }

    /// <summary>The module whose transaction is open, or <see langword="null"/>.</summary>
    public string? TransactionModule { get; set; }

    public int DeferredCount => _deferred.Count;

    public void Defer(Func<Task> publish) => _deferred.Add(publish);

    /// <summary>Drops notifications raised after <paramref name="mark"/> (their command rolled back).</summary>
    public void DiscardFrom(int mark) => _deferred.RemoveRange(mark, _deferred.Count - mark);

    /// <summary>Takes every deferred notification, leaving the queue empty.</summary>
    public IReadOnlyList<Func<Task>> TakeAll()
    {
        var all = _deferred.ToList();
        _deferred.Clear();
        return all;
    }
}
