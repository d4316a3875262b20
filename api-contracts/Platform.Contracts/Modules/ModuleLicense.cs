namespace Platform.Contracts.Modules;

/// <summary>The licence situation of one module, as <c>GET /api/modules</c> shows it.</summary>
/// <param name="Status">Whether the module needs a licence and has a valid one.</param>
public sealed record ModuleLicense(LicenseStatus Status)
{
    /// <summary>The status of a module that needs no licence.</summary>
    public static ModuleLicense NotRequired { get; } = new(LicenseStatus.NotRequired);

    /// <summary>The licence that covers the module, when it is licensed.</summary>
    public string? LicenseId { get; init; }

    /// <summary>The customer the covering licence was issued to.</summary>
    public string? Customer { get; init; }

    /// <summary>When the covering licence stops being valid.</summary>
    public DateTimeOffset? NotAfter { get; init; }

    /// <summary>Versions of the module released on or before this date are covered by the licence.</summary>
    public DateOnly? MaintenanceEnd { get; init; }

    /// <summary>Why the module is unlicensed, in words a person can act on; <see langword="null"/> otherwise.</summary>
    public string? Reason { get; init; }

    /// <summary>Things to act on before they stop the module: an expiry coming up, more active members than licensed.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
