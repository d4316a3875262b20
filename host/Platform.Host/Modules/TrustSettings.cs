using Platform.Core.Licensing;
using Platform.Core.Packaging;

namespace Platform.Host.Modules;

/// <summary>
/// Which plugin vendors and licence issuers the host trusts, and whether plugins must be signed — from the data
/// directory (<c>trust/plugins/*.pub.pem</c>, <c>trust/licenses/*.pub.pem</c>) and configuration
/// (<c>Platform:Plugins:TrustedKeys</c>, <c>Platform:Licensing:TrustedKeys</c>, <c>Platform:Plugins:RequireSignatures</c>).
/// </summary>
internal static class TrustSettings
{
    public static string PluginKeysDirectory(string dataDirectory) => Path.Combine(dataDirectory, "trust", "plugins");

    public static string LicenseKeysDirectory(string dataDirectory) => Path.Combine(dataDirectory, "trust", "licenses");

    public static string LicensesDirectory(string dataDirectory) => Path.Combine(dataDirectory, "licenses");

    /// <summary>Off unless configured: development hosts load the repository's unsigned plugins; bundles switch it on.</summary>
    public static bool RequireSignatures(IConfiguration configuration) =>
        configuration.GetValue("Platform:Plugins:RequireSignatures", false);

    public static TrustedKeys PluginKeys(IConfiguration configuration, string dataDirectory) =>
        new TrustedKeys()
            .AddDirectory(PluginKeysDirectory(dataDirectory))
            .AddConfigured(Entries(configuration.GetSection("Platform:Plugins:TrustedKeys")));

    /// <summary>Licensing settings; the installation id is created only when <paramref name="createInstallationId"/> (not by commands that only look).</summary>
    public static LicensingOptions Licensing(IConfiguration configuration, string dataDirectory, bool createInstallationId = true) => new()
    {
        InstallationId = createInstallationId ? InstallationId.GetOrCreate(dataDirectory) : InstallationId.Find(dataDirectory),
        LicensesDirectory = LicensesDirectory(dataDirectory),
        TrustedKeys = new TrustedKeys()
            .AddDirectory(LicenseKeysDirectory(dataDirectory))
            .AddConfigured(Entries(configuration.GetSection("Platform:Licensing:TrustedKeys"))),
        GracePeriod = TimeSpan.FromDays(configuration.GetValue("Platform:Licensing:GraceDays", LicensingOptions.DefaultGracePeriod.TotalDays)),
        WarningPeriod = TimeSpan.FromDays(configuration.GetValue("Platform:Licensing:WarningDays", LicensingOptions.DefaultWarningPeriod.TotalDays)),
    };

    private static IEnumerable<KeyValuePair<string, string?>> Entries(IConfigurationSection section) =>
        section.GetChildren().Select(c => new KeyValuePair<string, string?>(c.Key, c.Value));
}
