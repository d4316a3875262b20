using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>Counts one kind of document item as created, updated or unchanged.</summary>
internal sealed class ImportTally
{
    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    public void Count(bool isNew, bool changed)
    {
        if (isNew)
        {
            Created++;
        }
        else if (changed)
        {
            Updated++;
        }
        else
        {
            Unchanged++;
        }
    }

    public ImportCounts ToCounts() => new(Created, Updated, Unchanged);
}
