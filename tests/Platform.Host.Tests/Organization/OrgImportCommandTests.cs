using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Organization;

/// <summary><c>platform org import</c> and <c>export</c> as real processes on a real data directory.</summary>
public sealed class OrgImportCommandTests
{
    [Test]
    public async Task Import_from_a_file_then_export_gives_the_items_back()
    {
        using var folder = new PluginsFolder();
        var file = Path.Combine(folder.Root, "org.json");
        await File.WriteAllTextAsync(file, """
            {
              "units": [ { "code": "city", "name": "City government", "shortName": "City" } ],
              "departments": [ { "code": "office", "name": "General office", "unit": "city" } ],
              "members": [ { "code": "s001", "login": "zhang.wei", "name": "张伟", "department": "office" } ]
            }
            """);

        await PlatformProcess.RunOkAsync("org", "import", file, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        var exported = Path.Combine(folder.Root, "export.json");
        await PlatformProcess.RunOkAsync("org", "export", "-o", exported, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);

        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(exported));
        Assert.That(export.RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString()), Does.Contain("张伟"));
        Assert.That(export.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("shortName").GetString()), Does.Contain("City"));
    }

    [Test]
    public async Task A_file_with_errors_exits_non_zero_lists_them_and_writes_nothing()
    {
        using var folder = new PluginsFolder();
        var file = Path.Combine(folder.Root, "bad.json");
        await File.WriteAllTextAsync(file, """{ "members": [ { "code": "x", "login": "x", "name": "X", "department": "missing" } ] }""");

        var (exitCode, output, errors) = await PlatformProcess.RunAsync("org", "import", file, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output + errors, Does.Contain("members[0].department").And.Contain("unknown_reference"));
        var exported = Path.Combine(folder.Root, "export.json");
        await PlatformProcess.RunOkAsync("org", "export", "-o", exported, "--data-dir", folder.DataDirectory, "--plugins-dir", folder.PluginsDirectory);
        Assert.That(await File.ReadAllTextAsync(exported), Does.Not.Contain("\"x\""));
    }
}
