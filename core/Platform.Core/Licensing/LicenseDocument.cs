using System.Text.Json.Serialization;

namespace Platform.Core.Licensing;

/// <summary>
/// What a licence grants — the payload a licence file signs. A host accepts it only for its own installation, between
/// <see cref="NotBefore"/> and <see cref="NotAfter"/>, for the modules it names, and for versions of them released on or
/// before each module's maintenance end.
/// </summary>
/// <param name="LicenseId">The licence's id (unique per issuer), e.g. <c>ACME-2026-0042</c>.</param>
/// <param name="Customer">Who the licence was issued to.</param>
/// <param name="InstallationId">The host installation it is valid on (<c>platform license show</c> prints a host's id).</param>
/// <param name="Modules">The licensed modules, each with its maintenance end.</param>
/// <param name="NotBefore">Valid from.</param>
/// <param name="NotAfter">Valid until.</param>
public sealed record LicenseDocument(
    [property: JsonPropertyName("licenseId")] string LicenseId,
    [property: JsonPropertyName("customer")] string Customer,
    [property: JsonPropertyName("installationId")] string InstallationId,
    [property: JsonPropertyName("modules")] IReadOnlyList<LicensedModule> Modules,
    [property: JsonPropertyName("notBefore")] DateTimeOffset NotBefore,
    [property: JsonPropertyName("notAfter")] DateTimeOffset NotAfter)
{
    /// <summary>The most active (enabled) members the organisation may have; no limit when <see langword="null"/>.</summary>
    [JsonPropertyName("maxActiveMembers")]
    public int? MaxActiveMembers { get; init; }

    /// <summary>Problems that make the document unusable as a licence (empty when it is complete).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(LicenseId))
        {
            problems.Add("licenseId is missing");
        }

        if (string.IsNullOrWhiteSpace(Customer))
        {
            problems.Add("customer is missing");
        }

        if (string.IsNullOrWhiteSpace(InstallationId))
        {
            problems.Add("installationId is missing");
        }

        if (Modules is null || Modules.Count == 0)
        {
            problems.Add("modules is empty: name at least one module");
        }
        else if (Modules.Any(m => string.IsNullOrWhiteSpace(m.Id)))
        {
            problems.Add("a module has no id");
        }

        if (NotAfter <= NotBefore)
        {
            problems.Add("notAfter must be later than notBefore");
        }

        if (MaxActiveMembers is < 1)
        {
            problems.Add("maxActiveMembers must be at least 1");
        }

        return problems;
    }
}

/// <summary>A module a licence covers.</summary>
/// <param name="Id">Module id.</param>
/// <param name="MaintenanceEnd">Versions released on or before this day keep working under the licence; later ones are not covered.</param>
public sealed record LicensedModule(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("maintenanceEnd")] DateOnly MaintenanceEnd);
