using System.Globalization;
using Platform.Core.Packaging;

namespace Platform.Core.Licensing;

/// <summary>
/// Checks licence files: signature by a trusted issuer key, this installation, validity window, a clock not set back,
/// and the active-member limit with its grace period. Pure: the caller supplies the time and the remembered state.
/// </summary>
public static class LicenseEvaluator
{
    /// <summary>Checks every licence file installed in <see cref="LicensingOptions.LicensesDirectory"/>.</summary>
    /// <param name="options">Trusted keys, installation id, periods.</param>
    /// <param name="state">What was remembered from earlier runs.</param>
    /// <param name="now">The current time.</param>
    public static LicenseEvaluation EvaluateInstalled(LicensingOptions options, LicensingState state, DateTimeOffset now)
    {
        var files = Directory.Exists(options.LicensesDirectory)
            ? Directory.EnumerateFiles(options.LicensesDirectory, "*" + LicenseFile.Extension).Order(StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToList()
            : [];
        return Evaluate(files, options, state, now);
    }

    /// <summary>Checks licence files given as bytes.</summary>
    /// <param name="files">Source name and content of each licence file.</param>
    /// <param name="options">Trusted keys, installation id, periods.</param>
    /// <param name="state">What was remembered from earlier runs.</param>
    /// <param name="now">The current time.</param>
    public static LicenseEvaluation Evaluate(IEnumerable<(string Source, byte[] Bytes)> files, LicensingOptions options, LicensingState state, DateTimeOffset now)
    {
        var clockProblem = state.LastSeen is { } lastSeen && now < lastSeen - options.ClockTolerance
            ? $"the system clock ({Format(now)}) is behind the last time this host ran ({Format(lastSeen)}): the clock was set back. Licences are refused until the clock is right."
            : null;
        var verdicts = files.Select(f => Check(f.Source, f.Bytes, options, state, now, clockProblem)).ToList();
        return new LicenseEvaluation(verdicts, clockProblem, options.InstallationId);
    }

    /// <summary>Checks one licence file.</summary>
    /// <param name="source">Its name, for messages.</param>
    /// <param name="bytes">Its content.</param>
    /// <param name="options">Trusted keys, installation id, periods.</param>
    /// <param name="state">What was remembered from earlier runs.</param>
    /// <param name="now">The current time.</param>
    /// <param name="clockProblem">Why the clock cannot be trusted, if it cannot.</param>
    public static LicenseVerdict Check(string source, byte[] bytes, LicensingOptions options, LicensingState state, DateTimeOffset now, string? clockProblem = null)
    {
        if (LicenseFile.TryParse(bytes) is not { } file)
        {
            return new LicenseVerdict(source, null, "it is not a licence file (unreadable JSON or missing payload, keyId or signature).", []);
        }

        var claimed = file.Document();
        switch (options.TrustedKeys.Verify(file.Payload, file.Signature))
        {
            case SignatureCheck.UntrustedKey:
                return new LicenseVerdict(source, claimed, $"it is signed by key '{file.Signature.KeyId}', which this host does not trust as a licence issuer (add the issuer's public key as trust/licenses/{file.Signature.KeyId}{SigningKey.PublicSuffix} in the data directory, or Platform:Licensing:TrustedKeys).", []);
            case SignatureCheck.Invalid:
                return new LicenseVerdict(source, claimed, $"its signature does not match its contents (key '{file.Signature.KeyId}'): the licence was altered or not made with that key.", []);
        }

        if (claimed is null)
        {
            return new LicenseVerdict(source, null, "its payload is not a complete licence.", []);
        }

        if (!string.Equals(claimed.InstallationId, options.InstallationId, StringComparison.OrdinalIgnoreCase))
        {
            return new LicenseVerdict(source, claimed, $"it was issued for installation {claimed.InstallationId}, but this host is installation {options.InstallationId}.", []);
        }

        if (clockProblem is not null)
        {
            return new LicenseVerdict(source, claimed, clockProblem, []);
        }

        if (now < claimed.NotBefore)
        {
            return new LicenseVerdict(source, claimed, $"it is not valid before {Format(claimed.NotBefore)}.", []);
        }

        if (now >= claimed.NotAfter)
        {
            return new LicenseVerdict(source, claimed, $"it expired on {Format(claimed.NotAfter)}.", []);
        }

        var warnings = new List<string>();
        if (claimed.NotAfter - now <= options.WarningPeriod)
        {
            warnings.Add($"Licence {claimed.LicenseId} expires on {Format(claimed.NotAfter)} (in {Math.Max(1, (int)Math.Ceiling((claimed.NotAfter - now).TotalDays))} days): renew it.");
        }

        if (claimed.MaxActiveMembers is { } max && state.ActiveMembers is { } active && active > max)
        {
            var since = state.OverLimitSince.TryGetValue(claimed.LicenseId, out var first) ? first : now;
            var graceEnd = since + options.GracePeriod;
            if (now >= graceEnd)
            {
                return new LicenseVerdict(source, claimed, $"the organisation has {active} active members, more than the {max} it allows, since {Format(since)}; the grace period of {options.GracePeriod.TotalDays:0} days ended on {Format(graceEnd)}. Disable members or get a licence for more.", warnings);
            }

            warnings.Add($"Licence {claimed.LicenseId} allows {max} active members and the organisation has {active}: the licensed modules stop on {Format(graceEnd)} unless members are disabled or the licence is extended.");
        }

        return new LicenseVerdict(source, claimed, null, warnings);
    }

    /// <summary>
    /// The state to remember after a check: the latest time seen (never moved back), the active-member count when one
    /// was taken, and since when each accepted licence's member limit has been exceeded.
    /// </summary>
    /// <param name="state">The remembered state.</param>
    /// <param name="evaluation">The licences as just checked.</param>
    /// <param name="activeMembers">Active members counted now, or <see langword="null"/> when not counted.</param>
    /// <param name="now">The current time.</param>
    public static LicensingState Observe(LicensingState state, LicenseEvaluation evaluation, int? activeMembers, DateTimeOffset now)
    {
        var active = activeMembers ?? state.ActiveMembers;
        var overLimit = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var document in evaluation.Licenses.Select(v => v.Document).OfType<LicenseDocument>())
        {
            if (document.MaxActiveMembers is { } max && active > max)
            {
                overLimit[document.LicenseId] = state.OverLimitSince.TryGetValue(document.LicenseId, out var since) ? since : now;
            }
        }

        return new LicensingState
        {
            LastSeen = evaluation.ClockProblem is null && (state.LastSeen is null || now > state.LastSeen) ? now : state.LastSeen,
            ActiveMembers = active,
            OverLimitSince = overLimit,
        };
    }

    internal static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
