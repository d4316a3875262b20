namespace Platform.Bench.Organization.Import;

/// <summary>What one child process measured, printed as one JSON line after <see cref="Prefix"/>.</summary>
internal sealed record Measurement
{
    public const string Prefix = "RESULT ";

    /// <summary>The figure that counts: the import (parse + import) or the raw insert, in seconds.</summary>
    public double Seconds { get; init; }

    /// <summary>Reading the JSON file into an OrgDocument.</summary>
    public double ParseSeconds { get; init; }

    /// <summary>The importer alone (ImportAsync: load, validate, plan, write, commit, reload the snapshot).</summary>
    public double ImportSeconds { get; init; }

    /// <summary>Kernel start-up before the measurement (migrations included); not part of <see cref="Seconds"/>.</summary>
    public double BootSeconds { get; init; }

    /// <summary><c>Process.PeakWorkingSet64</c> of the child process at its end: the whole process, boot included.</summary>
    public long PeakWorkingSetBytes { get; init; }

    public string GcMode { get; init; } = "";

    public long Rows { get; init; }

    public string Summary { get; init; } = "";

    /// <summary>Seconds from each progress stage's first report to the next stage's.</summary>
    public Dictionary<string, double> Stages { get; init; } = [];
}
