namespace Platform.Core.Messaging;

/// <summary>
/// Per-scope bookkeeping of the unit of work (<see cref="Persistence.UnitOfWork"/>), which every command runs in: how
/// deep the running units nest, and the notifications raised meanwhile, published only once the outermost unit has
/// committed and dropped with the part that rolled back.
/// </summary>
internal sealed class CommandScope
{
    private readonly List<Func<Task>> _deferred = [];

    /// <summary>Units of work running in this scope (commands and nested calls count).</summary>
    public int Depth { get; set; }

    public int DeferredCount => _deferred.Count;

    public void Defer(Func<Task> publish) => _deferred.Add(publish);

    /// <summary>Drops notifications raised after <paramref name="mark"/> (their part rolled back).</summary>
    public void DiscardFrom(int mark) => _deferred.RemoveRange(mark, _deferred.Count - mark);

    /// <summary>Takes every deferred notification, leaving the queue empty.</summary>
    public IReadOnlyList<Func<Task>> TakeAll()
    {
        var all = _deferred.ToList();
        _deferred.Clear();
        return all;
    }
}
