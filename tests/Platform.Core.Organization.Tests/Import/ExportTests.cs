using System.Text;
using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Import;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>Export writes the import format: it imports back into an empty database and exports the same again.</summary>
public sealed class ExportTests
{
    [Test]
    public async Task Export_imported_into_a_fresh_database_exports_the_same_document()
    {
        string first;
        await using (var source = await OrgHarness.StartAsync())
        {
            await source.ImportAsync(ImportDocuments.Small());
            first = await JsonOf(await source.ExportAsync());
        }

        await using var target = await OrgHarness.StartAsync();
        var report = await target.ImportAsync(await ParseAsync(first));
        var second = await JsonOf(await target.ExportAsync());

        Assert.That(report.Applied, Is.True, string.Join("; ", report.Errors));
        Assert.That(second, Is.EqualTo(first));
        Assert.That((await target.ImportAsync(await ParseAsync(second))).Counts.Values.Sum(c => c.Created + c.Updated), Is.Zero);
    }

    [Test]
    public async Task Export_lists_parents_before_children_and_leaves_defaults_out()
    {
        await using var org = await OrgHarness.StartAsync();
        await org.ImportAsync(ImportDocuments.Small());

        var document = await org.ExportAsync();

        Assert.That(document.Units!.Select(u => u.Code), Is.EqualTo(new[] { "grp", "u2", "u1" }), "by depth, then code");
        Assert.That(document.Departments!.Select(d => d.Code), Is.EqualTo(new[] { "d-ext", "d-root", "d-fin", "d-hr", "d-acc" }));
        Assert.That(document.Members!.Select(m => m.Code), Is.EqualTo(new[] { "m1", "m2", "m3", "m4", "m5" }));
        var json = await JsonOf(document);
        Assert.That(json, Does.Not.Contain("null").And.Contain("\"enabled\": false").And.Contain("\"kind\": \"relative\""));
        Assert.That(document.Units!.Single(u => u.Code == "u1").ShortName, Is.EqualTo("B"));
        Assert.That(document.Units!.Single(u => u.Code == "u2").ShortName, Is.Null, "same as the name");
    }

    private static async Task<string> JsonOf(OrgDocument document)
    {
        using var stream = new MemoryStream();
        await OrgDocumentJson.WriteAsync(stream, document, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<OrgDocument> ParseAsync(string json)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await OrgDocumentJson.ReadAsync(stream, CancellationToken.None);
    }
}
