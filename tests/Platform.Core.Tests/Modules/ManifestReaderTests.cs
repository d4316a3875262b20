using Platform.Core.Modules;

namespace Platform.Core.Tests.Modules;

public sealed class ManifestReaderTests
{
    private const string Complete = """
        {
          "id": "acme.visits",
          "version": "1.2.0",
          "name": "Visits",
          "vendor": "Acme",
          "description": "Visitor registration.",
          "entryAssembly": "Acme.Visits.dll",
          "contracts": { "Platform.Contracts": "[1.0, 2.0)" },
          "dependencies": { "news": "[0.1, 1.0)" },
          "requiresLicense": true,
          "released": "2026-10-01"
        }
        """;

    [Test]
    public void Reads_a_complete_manifest()
    {
        var (manifest, problems) = ManifestReader.Parse(Complete);

        Assert.That(problems, Is.Empty);
        Assert.That(manifest!.Id, Is.EqualTo("acme.visits"));
        Assert.That(manifest.Version, Is.EqualTo("1.2.0"));
        Assert.That(manifest.Contracts["Platform.Contracts"], Is.EqualTo("[1.0, 2.0)"));
        Assert.That(manifest.Dependencies["news"], Is.EqualTo("[0.1, 1.0)"));
        Assert.That(manifest.RequiresLicense, Is.True);
        Assert.That(manifest.Released, Is.EqualTo(new DateOnly(2026, 10, 1)));
    }

    [Test]
    public void A_licensed_module_must_state_a_valid_release_date()
    {
        var (missing, missingProblems) = ManifestReader.Parse(Complete.Replace(",\n  \"released\": \"2026-10-01\"", "", StringComparison.Ordinal));
        var (bad, badProblems) = ManifestReader.Parse(Complete.Replace("2026-10-01", "1 Oct 2026", StringComparison.Ordinal));

        Assert.That(missing, Is.Null);
        Assert.That(missingProblems, Has.One.StartsWith("released is missing"));
        Assert.That(bad, Is.Null);
        Assert.That(badProblems, Is.EqualTo(new[] { "released '1 Oct 2026' is not a date (yyyy-MM-dd)" }));
    }

    [Test]
    public void Reports_every_missing_field_at_once()
    {
        var (manifest, problems) = ManifestReader.Parse("{}");

        Assert.That(manifest, Is.Null);
        Assert.That(problems, Is.EquivalentTo(new[] { "id is missing", "version is missing", "name is missing", "vendor is missing", "entryAssembly is missing" }));
    }

    [Test]
    public void Invalid_json_names_the_line()
    {
        var (manifest, problems) = ManifestReader.Parse("{\n  \"id\": \"x\",\n  \"version\": \n}");

        Assert.That(manifest, Is.Null);
        Assert.That(problems.Single(), Does.StartWith("not valid JSON (line 4"));
    }

    [Test]
    public void Unknown_properties_are_rejected_so_typos_do_not_pass_silently()
    {
        var (manifest, problems) = ManifestReader.Parse(Complete.Replace("\"dependencies\"", "\"dependecies\"", StringComparison.Ordinal));

        Assert.That(manifest, Is.Null);
        Assert.That(problems.Single(), Does.Contain("dependecies"));
    }

    [TestCase("\"version\": \"1.2.0\"", "\"version\": \"one\"", "version 'one' is not a SemVer version")]
    [TestCase("\"[1.0, 2.0)\"", "\"[2.0, 1.0\"", "contracts.Platform.Contracts: '[2.0, 1.0' is not a version range")]
    [TestCase("\"Acme.Visits.dll\"", "\"../other/Evil.dll\"", "entryAssembly '../other/Evil.dll' must be a .dll file name inside the plugin folder")]
    [TestCase("\"acme.visits\"", "\"Acme Visits\"", "id 'Acme Visits' must be lower case")]
    public void Bad_values_are_reported_with_the_field(string original, string replacement, string expected)
    {
        var (manifest, problems) = ManifestReader.Parse(Complete.Replace(original, replacement, StringComparison.Ordinal));

        Assert.That(manifest, Is.Null);
        Assert.That(problems, Has.Some.StartsWith(expected));
    }
}
