using Platform.Contracts.Modules;
using Platform.Core.Licensing;

namespace Platform.Core.Modules;

/// <summary>Start-up step after resolution: a module that requires a licence and has no valid one is <see cref="ModuleState.Unlicensed"/>.</summary>
internal static class LicenseGate
{
    public static void Apply(IEnumerable<ModuleCandidate> candidates, LicenseEvaluation evaluation)
    {
        foreach (var candidate in candidates.Where(c => c.Manifest is not null))
        {
            candidate.License = evaluation.For(candidate.Manifest!);
            if (candidate.License.Status == LicenseStatus.Unlicensed)
            {
                candidate.Stop(ModuleState.Unlicensed, candidate.License.Reason!);
            }
        }
    }
}
