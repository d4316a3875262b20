namespace Platform.Contracts.Modules;

/// <summary>Whether a module may run under the licences installed in the host.</summary>
public enum LicenseStatus
{
    /// <summary>The module does not require a licence (its manifest does not ask for one).</summary>
    NotRequired,

    /// <summary>A valid licence names the module and covers its version; there may be warnings.</summary>
    Licensed,

    /// <summary>The module requires a licence and none valid covers it; the reason says why.</summary>
    Unlicensed,
}
