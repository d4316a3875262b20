using Microsoft.Extensions.Logging;
using Platform.Contracts.Modules;
using Platform.Core.Licensing;
using Platform.Core.Modules;

namespace Platform.Core.Hosting;

/// <summary>Licence enforcement and dry-run resolution (for installing plugins and checking bundles).</summary>
public sealed partial class PlatformKernel
{
    private LicensingOptions? _licensing;

    /// <summary>The licensing settings in force (installation id, licence directory, issuer keys, periods).</summary>
    public LicensingOptions Licensing => _licensing ??= _options.Licensing ?? new LicensingOptions
    {
        InstallationId = _options.ApplyMigrations ? InstallationId.GetOrCreate(_options.DataDirectory) : InstallationId.Find(_options.DataDirectory),
        LicensesDirectory = Path.Combine(_options.DataDirectory, "licenses"),
    };

    /// <summary>The licences as last checked (at start-up, then by <see cref="RecheckLicenses"/>).</summary>
    public LicenseEvaluation? Licenses { get; private set; }

    /// <summary>The manifests of the modules linked into the host (kernel and engines).</summary>
    public IReadOnlyList<PluginManifest> LinkedManifests => _linked.Select(c => c.Manifest!).ToList();

    /// <summary>
    /// Re-checks the licences (e.g. periodically, with a fresh active-member count), remembers the time and count, and
    /// updates each module's licence status. A loaded module whose licence is no longer valid becomes
    /// <see cref="ModuleState.Unlicensed"/>; warnings are logged.
    /// </summary>
    /// <param name="activeMembers">Active members counted now, or <see langword="null"/> when not counted.</param>
    public LicenseEvaluation RecheckLicenses(int? activeMembers)
    {
        var options = Licensing;
        var now = _options.Clock.GetUtcNow();
        var state = LicensingState.Load(options.StateFile);
        var before = LicenseEvaluator.EvaluateInstalled(options, state, now);
        var observed = LicenseEvaluator.Observe(state, before, activeMembers, now);
        if (observed != state && Directory.Exists(options.LicensesDirectory))
        {
            observed.Save(options.StateFile);
        }

        var evaluation = LicenseEvaluator.EvaluateInstalled(options, observed, now);
        Licenses = evaluation;
        LicenseGate.Apply(_all, evaluation);
        LogLicenses(evaluation);
        return evaluation;
    }

    /// <summary>
    /// Resolves the linked modules together with <paramref name="plugins"/> — contracts, dependencies, cycles — as start-up
    /// would, without loading anything. Used to check a plugin before installing it and a bundle before building it.
    /// </summary>
    /// <param name="plugins">Plugin manifests, each with a location for messages (e.g. the package file).</param>
    public IReadOnlyList<ModuleInfo> Preview(IEnumerable<(PluginManifest Manifest, string Location)> plugins)
    {
        var candidates = _linked.Select(c => new ModuleCandidate(c.Id, c.Kind, c.Manifest, null))
            .Concat(plugins.Select(p => new ModuleCandidate(p.Manifest.Id, ModuleKind.App, p.Manifest, p.Location)))
            .ToList();
        ModuleResolver.Resolve(candidates, Contracts);
        return candidates.Select(c => c.ToInfo()).ToList();
    }

    private void CheckLicenses()
    {
        var options = Licensing;
        var now = _options.Clock.GetUtcNow();
        var state = LicensingState.Load(options.StateFile);
        var evaluation = LicenseEvaluator.EvaluateInstalled(options, state, now);
        if (_options.ApplyMigrations && Directory.Exists(options.LicensesDirectory))
        {
            var observed = LicenseEvaluator.Observe(state, evaluation, null, now);
            if (observed != state)
            {
                observed.Save(options.StateFile);
            }
        }

        Licenses = evaluation;
        LicenseGate.Apply(_all, evaluation);
        LogLicenses(evaluation);
    }

    private void LogLicenses(LicenseEvaluation evaluation)
    {
        foreach (var verdict in evaluation.Licenses)
        {
            if (!verdict.Accepted)
            {
                _logger.LogWarning("Licence {Source} refused: {Reason}", verdict.Source, verdict.Rejection);
            }

            foreach (var warning in verdict.Warnings)
            {
                _logger.LogWarning("Licence {Source}: {Warning}", verdict.Source, warning);
            }
        }
    }
}
