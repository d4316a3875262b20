using Platform.Core.Packaging;

namespace Platform.Core.Licensing;

/// <summary>Where licences are and how strictly they are enforced.</summary>
public sealed class LicensingOptions
{
    /// <summary>The default grace period after the active members first exceed a licence's limit.</summary>
    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromDays(14);

    /// <summary>The default warning period before a licence expires.</summary>
    public static readonly TimeSpan DefaultWarningPeriod = TimeSpan.FromDays(30);

    /// <summary>The issuers' public keys the host accepts licences from.</summary>
    public TrustedKeys TrustedKeys { get; init; } = TrustedKeys.None;

    /// <summary>This installation's id (<see cref="InstallationId"/>).</summary>
    public required string InstallationId { get; init; }

    /// <summary>The directory of installed licence files (<c>&lt;data&gt;/licenses</c>).</summary>
    public required string LicensesDirectory { get; init; }

    /// <summary>How long the host keeps running licensed modules after the active members first exceed a licence's limit.</summary>
    public TimeSpan GracePeriod { get; init; } = DefaultGracePeriod;

    /// <summary>How long before a licence expires the host starts warning.</summary>
    public TimeSpan WarningPeriod { get; init; } = DefaultWarningPeriod;

    /// <summary>How far the clock may go back (e.g. a time-sync correction) before it counts as set back.</summary>
    public TimeSpan ClockTolerance { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The state file (last seen time, member counts).</summary>
    public string StateFile => Path.Combine(LicensesDirectory, "state.json");
}
