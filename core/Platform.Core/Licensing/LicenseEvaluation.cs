using System.Globalization;
using Platform.Contracts.Modules;

namespace Platform.Core.Licensing;

/// <summary>Every installed licence as checked at one moment, and what that means for each module.</summary>
/// <param name="Licenses">One verdict per licence file.</param>
/// <param name="ClockProblem">Why the clock is not trusted (set back), or <see langword="null"/>.</param>
/// <param name="InstallationId">This host's installation id.</param>
public sealed record LicenseEvaluation(IReadOnlyList<LicenseVerdict> Licenses, string? ClockProblem, string InstallationId)
{
    /// <summary>
    /// The licence status of a module: <see cref="LicenseStatus.NotRequired"/> unless its manifest requires a licence;
    /// then <see cref="LicenseStatus.Licensed"/> when an accepted licence names it and covers its release date (the one
    /// valid longest is reported), else <see cref="LicenseStatus.Unlicensed"/> with the reason.
    /// </summary>
    /// <param name="manifest">The module's manifest.</param>
    public ModuleLicense For(PluginManifest manifest)
    {
        if (!manifest.RequiresLicense)
        {
            return ModuleLicense.NotRequired;
        }

        var naming = Licenses
            .Where(v => v.Document?.Modules.Any(m => m.Id == manifest.Id) == true)
            .ToList();
        if (naming.Count == 0)
        {
            var why = ClockProblem ?? $"no installed licence names module '{manifest.Id}'.";
            return Unlicensed($"{Capitalize(why)} Install a licence for installation {InstallationId} with `platform license install FILE`.");
        }

        var accepted = naming.Where(v => v.Accepted).ToList();
        if (accepted.Count == 0)
        {
            return Unlicensed(string.Join(" ", naming.Select(v => $"Licence {v.Document!.LicenseId} ({v.Source}) is refused: {v.Rejection}")));
        }

        var covering = accepted
            .Select(v => (Verdict: v, Module: v.Document!.Modules.First(m => m.Id == manifest.Id)))
            .Where(x => manifest.Released is { } released && released <= x.Module.MaintenanceEnd)
            .OrderByDescending(x => x.Verdict.Document!.NotAfter)
            .ToList();
        if (covering.Count == 0)
        {
            var latest = accepted.Select(v => (v.Document!.LicenseId, End: v.Document.Modules.First(m => m.Id == manifest.Id).MaintenanceEnd)).MaxBy(x => x.End);
            return Unlicensed($"Version {manifest.Version} was released on {Day(manifest.Released)}, after the maintenance end ({Day(latest.End)}) of licence {latest.LicenseId}. Install a version released on or before {Day(latest.End)}, or renew maintenance.");
        }

        var (verdict, module) = covering[0];
        return new ModuleLicense(LicenseStatus.Licensed)
        {
            LicenseId = verdict.Document!.LicenseId,
            Customer = verdict.Document.Customer,
            NotAfter = verdict.Document.NotAfter,
            MaintenanceEnd = module.MaintenanceEnd,
            Warnings = verdict.Warnings,
        };
    }

    private static ModuleLicense Unlicensed(string reason) => new(LicenseStatus.Unlicensed) { Reason = reason };

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unknown day";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
