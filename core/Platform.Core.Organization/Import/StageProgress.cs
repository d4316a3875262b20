using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>Reports a stage's progress every <see cref="Every"/> rows and checks for cancellation as often.</summary>
internal sealed class StageProgress(IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
{
    public const int Every = 1000;

    private string _stage = "";
    private int _done;
    private int _total;

    public void Start(string stage, int total)
    {
        (_stage, _done, _total) = (stage, 0, total);
        progress?.Report(new ImportProgress(stage, 0, total));
    }

    public void Step()
    {
        if (++_done % Every == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new ImportProgress(_stage, _done, _total));
        }
    }

    public void End()
    {
        if (_done % Every != 0)
        {
            progress?.Report(new ImportProgress(_stage, _done, _total));
        }
    }

    /// <summary>Runs <paramref name="write"/> for each row, counting it.</summary>
    public async Task EachAsync<T>(IEnumerable<T> rows, Func<T, CancellationToken, Task> write)
    {
        foreach (var row in rows)
        {
            await write(row, cancellationToken);
            Step();
        }
    }
}
