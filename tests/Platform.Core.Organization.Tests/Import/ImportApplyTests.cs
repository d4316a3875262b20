using Platform.Contracts.Organization.Import;
using Platform.Core.Organization.Tests.Support;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>Applying documents: creates, updates by code, leaves alone what it does not mention, and is idempotent.</summary>
public sealed class ImportApplyTests
{
    private OrgHarness _org = null!;

    [SetUp]
    public async Task StartAsync() => _org = await OrgHarness.StartAsync();

    [TearDown]
    public async Task StopAsync() => await _org.DisposeAsync();

    [Test]
    public async Task First_import_creates_every_item_in_one_version()
    {
        var report = await _org.ImportAsync(ImportDocuments.Small());

        Assert.That(report.Applied, Is.True);
        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Counts, Is.EquivalentTo(new Dictionary<string, ImportCounts>
        {
            ["units"] = new(3, 0, 0), ["departments"] = new(5, 0, 0), ["posts"] = new(2, 0, 0), ["levels"] = new(3, 0, 0),
            ["members"] = new(5, 0, 0), ["roles"] = new(2, 0, 0), ["groups"] = new(1, 0, 0),
        }));
        var tables = await _org.TablesAsync();
        Assert.That(tables["positions"], Is.EqualTo(6), "five primary positions and one concurrent");
        Assert.That(tables["holders"], Is.EqualTo(3));
        Assert.That(tables["group members"], Is.EqualTo(2));
        Assert.That(tables["version"], Is.EqualTo(1));
        Assert.That(_org.Snapshot.Current.Version, Is.EqualTo(1), "the snapshot was reloaded");
        Assert.That(_org.Snapshot.Current.Model.MembersByLogin["ANN"].Code, Is.EqualTo("m1"));
    }

    [Test]
    public async Task Second_import_of_the_same_document_changes_nothing()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var before = await _org.TablesAsync();
        var ids = _org.Snapshot.Current.Model.Members.Values.ToDictionary(m => m.Code, m => m.Id);

        var report = await _org.ImportAsync(ImportDocuments.Small());

        Assert.That(report.Applied, Is.True);
        Assert.That(report.Counts.Values.Sum(c => c.Created + c.Updated), Is.Zero);
        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(0, 0, 5)));
        Assert.That(await _org.TablesAsync(), Is.EqualTo(before), "same rows, same version: nothing was written");
        Assert.That(_org.Snapshot.Current.Model.Members.Values.ToDictionary(m => m.Code, m => m.Id), Is.EqualTo(ids));
    }

    [Test]
    public async Task Updates_by_code_keep_ids_and_show_in_the_snapshot()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var model = _org.Snapshot.Current.Model;
        var finance = model.Departments.Values.Single(d => d.Code == "d-fin");
        var cai = model.Members.Values.Single(m => m.Code == "m3");
        var document = ImportDocuments.Small() with
        {
            Departments = ImportDocuments.Small().Departments.With(1, d => d with { Name = "Finance and budget" }),
            Members = ImportDocuments.Small().Members.With(2, m => m with { Department = "d-hr", Level = "l2" }),
        };

        var report = await _org.ImportAsync(document);

        Assert.That(report.Counts["departments"], Is.EqualTo(new ImportCounts(0, 1, 4)));
        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(0, 1, 4)));
        model = _org.Snapshot.Current.Model;
        Assert.That(model.Departments[finance.Id].Name, Is.EqualTo("Finance and budget"));
        Assert.That(model.Members[cai.Id].Primary.DepartmentId, Is.EqualTo(model.Departments.Values.Single(d => d.Code == "d-hr").Id));
        Assert.That(model.MembersOf(model.Departments.Values.Single(d => d.Code == "d-acc").Id, false, true), Is.Empty, "moved out of Accounts");
        Assert.That(await _org.VersionAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task Positions_are_what_the_document_says()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var document = ImportDocuments.Small() with
        {
            Members = ImportDocuments.Small().Members
                .With(1, m => m with { Concurrent = null })
                .With(2, m => m with { Concurrent = [new PositionRecord { Department = "d-ext" }, new PositionRecord { Department = "d-root", Post = "clerk" }] }),
        };

        var report = await _org.ImportAsync(document);

        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(0, 2, 3)));
        var model = _org.Snapshot.Current.Model;
        Assert.That(model.Members.Values.Single(m => m.Code == "m2").Concurrent, Is.Empty);
        Assert.That(
            model.Members.Values.Single(m => m.Code == "m3").Concurrent.Select(p => model.Departments[p.DepartmentId].Code),
            Is.EqualTo(new[] { "d-ext", "d-root" }));
    }

    [Test]
    public async Task Items_absent_from_the_document_are_left_alone()
    {
        await _org.ImportAsync(ImportDocuments.Small());

        var report = await _org.ImportAsync(new OrgDocument
        {
            Members = [new MemberRecord { Code = "m6", Login = "fay", Name = "Fay Li", Department = "d-ext", Post = "clerk" }],
        });

        Assert.That(report.Applied, Is.True, string.Join("; ", report.Errors));
        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(1, 0, 0)));
        var tables = await _org.TablesAsync();
        Assert.That((tables["members"], tables["departments"], tables["holders"]), Is.EqualTo((6L, 5L, 3L)));
    }

    [Test]
    public async Task Optional_fields_left_out_of_an_item_are_cleared()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var document = new OrgDocument
        {
            Members = [ImportDocuments.Small().Members![1] with { Mobile = null, Concurrent = null }],
        };

        var report = await _org.ImportAsync(document);

        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(0, 1, 0)));
        var bob = _org.Snapshot.Current.Model.MembersByLogin["bob"];
        Assert.That((bob.Mobile, bob.Concurrent.Count), Is.EqualTo(((string?)null, 0)));
    }

    [Test]
    public async Task Role_holders_and_group_members_are_replaced_only_when_listed()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var document = ImportDocuments.Small() with
        {
            Roles = ImportDocuments.Small().Roles
                .With(0, r => r with { Holders = null })
                .With(1, r => r with { Holders = [new RoleHolderRecord { Member = "m2", Department = "d-fin" }, new RoleHolderRecord { Member = "m5", Department = "d-ext" }] }),
            Groups = ImportDocuments.Small().Groups.With(0, g => g with { Members = ["m3", "m4"] }),
        };

        var report = await _org.ImportAsync(document);

        Assert.That(report.Counts["roles"], Is.EqualTo(new ImportCounts(0, 1, 1)), "admin keeps its holder; department_head changes");
        Assert.That(report.Counts["groups"], Is.EqualTo(new ImportCounts(0, 1, 0)));
        var exported = await _org.ExportAsync();
        Assert.That(exported.Roles!.Single(r => r.Code == "admin").Holders!.Select(h => h.Member), Is.EqualTo(new[] { "m1" }));
        Assert.That(
            exported.Roles!.Single(r => r.Code == "department_head").Holders!.Select(h => (h.Member, h.Department)),
            Is.EqualTo(new[] { ("m2", "d-fin"), ("m5", "d-ext") }));
        Assert.That(exported.Groups!.Single().Members, Is.EqualTo(new[] { "m3", "m4" }));
    }

    [Test]
    public async Task Levels_can_swap_ranks_and_members_can_swap_logins()
    {
        await _org.ImportAsync(ImportDocuments.Small());
        var document = ImportDocuments.Small() with
        {
            Levels = ImportDocuments.Small().Levels.With(0, l => l with { Rank = 3 }).With(2, l => l with { Rank = 1 }),
            Members = ImportDocuments.Small().Members.With(0, m => m with { Login = "bob" }).With(1, m => m with { Login = "ann" }),
        };

        var report = await _org.ImportAsync(document);

        Assert.That(report.Applied, Is.True, string.Join("; ", report.Errors));
        Assert.That((report.Counts["levels"].Updated, report.Counts["members"].Updated), Is.EqualTo((2, 2)));
        var model = _org.Snapshot.Current.Model;
        Assert.That(model.MembersByLogin["BOB"].Code, Is.EqualTo("m1"));
        Assert.That(model.Levels.Values.Single(l => l.Code == "l3").Rank, Is.EqualTo(1));
    }

    [Test]
    public async Task Dry_run_counts_what_would_happen_and_writes_nothing()
    {
        var report = await _org.ImportAsync(ImportDocuments.Small(), dryRun: true);

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Counts["members"], Is.EqualTo(new ImportCounts(5, 0, 0)));
        Assert.That((await _org.TablesAsync()).Values, Is.All.Zero);
    }

    [Test]
    public async Task Progress_goes_through_validation_then_each_table()
    {
        var stages = new List<ImportProgress>();

        await _org.ImportAsync(ImportDocuments.Small(), progress: new Recorder(stages));

        Assert.That(stages.Select(s => s.Stage).Distinct(), Is.EqualTo(new[]
        {
            "loading", "validating", "writing units", "writing departments", "writing posts", "writing levels",
            "writing members", "writing positions", "writing roles", "writing groups", "committing", "reloading",
        }));
        Assert.That(stages.Single(s => s.Stage == "writing members" && s.Done == s.Total).Total, Is.EqualTo(5));
    }

    /// <summary>Records synchronously (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Recorder(List<ImportProgress> stages) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => stages.Add(value);
    }
}
