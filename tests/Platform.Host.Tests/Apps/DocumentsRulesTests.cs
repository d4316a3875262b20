using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary>
/// The Documents app's rules on one host (without News): type administration, attachment checks, numbering under
/// concurrent approvals, the safety net for approvals made through the generic workflow endpoints, tamper detection,
/// and the archive package a third party verifies with the public key alone.
/// </summary>
public sealed class DocumentsRulesTests
{
    private const int MaxBytes = 4096;

    private DocumentsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() =>
        _world = await DocumentsWorld.StartAsync(withNews: false, $"--Modules:documents:Attachments:MaxBytes={MaxBytes}");

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task Types_are_for_administrators_and_every_problem_is_reported()
    {
        var forbidden = await Problem.ReadAsync(await _world.As("drafter").PutAsJsonAsync("/api/documents/types/x", new { name = "x" }));
        Assert.That((forbidden.Status, forbidden.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));

        var invalid = await Problem.ReadAsync(await _world.Admin.PutAsJsonAsync("/api/documents/types/bad", new
        {
            name = "Bad", direction = "sideways", unitId = "nowhere", formKey = "nope", processKey = "quick", numberPattern = "{unitShort}-{month}",
        }));
        Assert.That(invalid.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(invalid.Errors, Is.SupersetOf(new[]
        {
            ("direction", "invalid"), ("unitId", "unknown_reference"), ("formKey", "unknown_reference"), ("processKey", "form_mismatch"), ("numberPattern", "invalid"),
        }));
        Assert.That(invalid.Body, Does.Contain("{month}").And.Contain("needs {seq}"));
        Assert.That((await _world.Admin.GetAsync("/api/documents/types/bad")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var types = await _world.GetAsync("drafter", "/api/documents/types");
        Assert.That(types.EnumerateArray().Select(t => t.GetProperty("key").GetString()), Is.SupersetOf(new[] { "dispatch", "notice" }).And.No.EqualTo("bad"));
    }

    [Test]
    public async Task Attachments_are_checked_sanitised_and_stored_by_content_hash()
    {
        var id = (await _world.DraftAsync("drafter", "notice", "Attachment rules")).GetProperty("id").GetString()!;

        var stored = await _world.UploadAsync("drafter", id, "../../etc/re:port?.pdf", "hello"u8.ToArray());
        Assert.That(stored.GetProperty("fileName").GetString(), Is.EqualTo("report.pdf"));
        Assert.That(stored.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData("hello"u8.ToArray()))));
        var blob = Path.Combine(_world.Folder.DataDirectory, "modules", "documents", "blobs", stored.GetProperty("sha256").GetString()![..2], stored.GetProperty("sha256").GetString()!);
        Assert.That(File.ReadAllText(blob), Is.EqualTo("hello"));

        var wrongType = await Problem.ReadAsync(await UploadRawAsync("drafter", id, "run.exe", [1, 2, 3]));
        var tooLarge = await Problem.ReadAsync(await UploadRawAsync("drafter", id, "big.pdf", new byte[MaxBytes + 1]));
        var notDrafter = await Problem.ReadAsync(await UploadRawAsync("director", id, "x.pdf", [1]));
        Assert.That((wrongType.Status, wrongType.Errors.Single()), Is.EqualTo((HttpStatusCode.BadRequest, ("file", "type_not_allowed"))));
        Assert.That((tooLarge.Status, tooLarge.Errors.Single()), Is.EqualTo((HttpStatusCode.BadRequest, ("file", "too_large"))));
        Assert.That(notDrafter.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        var files = await _world.GetAsync("drafter", $"/api/documents/documents/{id}/attachments?all=true");
        Assert.That(files.GetArrayLength(), Is.EqualTo(1), "refused uploads leave nothing behind");
    }

    [Test]
    public async Task A_submission_the_workflow_refuses_leaves_the_document_a_draft_and_starts_nothing()
    {
        // The countersign node names the heads of the departments listed on the form: with none listed it has nobody.
        var id = (await _world.DraftAsync("drafter", "dispatch", "Nobody to countersign")).GetProperty("id").GetString()!;

        var refused = await Problem.ReadAsync(await _world.As("drafter").PostAsync($"/api/documents/documents/{id}/submit", null));

        Assert.That((int)refused.Status, Is.InRange(400, 499), refused.Body);
        Assert.That(refused.Code, Does.StartWith("workflow."));
        var document = await _world.GetAsync("drafter", $"/api/documents/documents/{id}");
        Assert.That(document.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(document.GetProperty("instanceId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var submissions = await _world.GetAsync("drafter", "/api/workflow/my/submissions");
        Assert.That(submissions.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()), Does.Not.Contain("Nobody to countersign"));
    }

    [Test]
    public async Task Twenty_documents_approved_at_once_get_the_numbers_one_to_twenty()
    {
        await _world.PutTypeAsync("circular", "quick", "{unitShort}函〔{year}〕{seq}号", null);
        var documents = new List<(string Id, string Item)>();
        for (var i = 0; i < 20; i++)
        {
            var id = (await _world.DraftAsync("drafter", "circular", $"Circular {i}")).GetProperty("id").GetString()!;
            var instance = (await _world.PostAsync("drafter", $"/api/documents/documents/{id}/submit")).GetProperty("instanceId").GetString()!;
            documents.Add((id, await _world.WorkItemAsync("director", instance)));
        }

        var answers = await Task.WhenAll(documents.Select(async d =>
            await _world.As("director").PostAsJsonAsync($"/api/documents/documents/{d.Id}/actions", new { workItemId = d.Item, kind = "approve" })));

        foreach (var answer in answers)
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.OK), await answer.Content.ReadAsStringAsync());
        }

        var year = TimeProvider.System.GetLocalNow().Year;
        var numbers = new List<string>();
        foreach (var (id, _) in documents)
        {
            numbers.Add((await _world.GetAsync("drafter", $"/api/documents/documents/{id}")).GetProperty("number").GetString()!);
        }

        Assert.That(numbers, Is.EquivalentTo(Enumerable.Range(1, 20).Select(n => $"甲办函〔{year}〕{n}号")));
    }

    [Test]
    public async Task An_approval_through_the_generic_workflow_endpoint_still_numbers_and_signs_the_document()
    {
        var id = (await _world.DraftAsync("drafter", "notice", "Approved elsewhere")).GetProperty("id").GetString()!;
        var instance = (await _world.PostAsync("drafter", $"/api/documents/documents/{id}/submit")).GetProperty("instanceId").GetString()!;
        var item = await _world.WorkItemAsync("director", instance);

        var badKind = await Problem.ReadAsync(await _world.As("director").PostAsJsonAsync($"/api/documents/documents/{id}/actions", new { workItemId = item, kind = "3" }));
        var notHolder = await Problem.ReadAsync(await _world.As("outsider").PostAsJsonAsync($"/api/documents/documents/{id}/actions", new { workItemId = item, kind = "approve" }));
        Assert.That((badKind.Status, badKind.Errors.Single()), Is.EqualTo((HttpStatusCode.BadRequest, ("kind", "invalid"))));
        Assert.That((notHolder.Status, notHolder.Code), Is.EqualTo((HttpStatusCode.Forbidden, "workflow.not_work_item_holder")));
        Assert.That((await _world.GetAsync("drafter", $"/api/documents/documents/{id}")).GetProperty("status").GetString(), Is.EqualTo("in_review"), "refused actions change nothing");

        await _world.PostAsync("director", $"/api/workflow/work-items/{item}/actions", new { kind = "approve" });

        var document = await _world.GetAsync("drafter", $"/api/documents/documents/{id}");
        Assert.That(document.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(document.GetProperty("number").GetString(), Does.StartWith("甲办通〔"));
        Assert.That(document.GetProperty("approverId").GetString(), Is.EqualTo(_world.Members["director"]));
        Assert.That((await _world.GetAsync("drafter", $"/api/documents/documents/{id}/verify")).GetProperty("valid").GetBoolean(), Is.True);
    }

    [Test]
    public async Task A_body_changed_in_the_database_after_signing_is_detected()
    {
        var id = await ApprovedDocumentAsync("Tamper with the row", attach: false);

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_world.Folder.DataDirectory, "platform.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE documents_documents SET Body = 'forged' WHERE Id = $id";
            update.Parameters.AddWithValue("$id", id);
            Assert.That(await update.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var verified = await _world.GetAsync("drafter", $"/api/documents/documents/{id}/verify");
        Assert.That(verified.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(verified.GetProperty("result").GetString(), Is.EqualTo("modified"));
        Assert.That(verified.GetProperty("currentSha256").GetString(), Is.Not.EqualTo(verified.GetProperty("signedSha256").GetString()));
    }

    [Test]
    public async Task An_attachment_file_changed_on_disk_after_signing_is_detected()
    {
        var id = await ApprovedDocumentAsync("Tamper with the file", attach: true);
        var attachment = (await _world.GetAsync("drafter", $"/api/documents/documents/{id}/attachments")).EnumerateArray().Single();
        var sha = attachment.GetProperty("sha256").GetString()!;
        Assert.That((await _world.GetAsync("drafter", $"/api/documents/documents/{id}/verify")).GetProperty("valid").GetBoolean(), Is.True);

        await File.WriteAllTextAsync(Path.Combine(_world.Folder.DataDirectory, "modules", "documents", "blobs", sha[..2], sha), "forged annex");

        var verified = await _world.GetAsync("drafter", $"/api/documents/documents/{id}/verify");
        Assert.That((verified.GetProperty("valid").GetBoolean(), verified.GetProperty("result").GetString()), Is.EqualTo((false, "modified")));
    }

    [Test]
    public async Task An_archived_document_is_read_only_and_its_package_verifies_with_the_public_key_alone()
    {
        var id = await ApprovedDocumentAsync("To the archive", attach: true);
        var archived = await _world.PostAsync("drafter", $"/api/documents/documents/{id}/archive");
        Assert.That(archived.GetProperty("status").GetString(), Is.EqualTo("archived"));
        var again = await Problem.ReadAsync(await _world.As("drafter").PostAsync($"/api/documents/documents/{id}/archive", null));
        var distribute = await Problem.ReadAsync(await _world.As("drafter").PostAsJsonAsync($"/api/documents/documents/{id}/distributions", new { departmentIds = new[] { _world.Departments["it"] } }));
        Assert.That(again.Code, Is.EqualTo("documents.document.read_only"));
        Assert.That(distribute.Code, Is.EqualTo("documents.document.read_only"));
        var listed = await _world.GetAsync("drafter", "/api/documents/documents?status=archived");
        Assert.That(listed.EnumerateArray().Select(d => d.GetProperty("id").GetString()), Does.Contain(id));

        var package = await _world.As("drafter").GetAsync($"/api/documents/documents/{id}/package");
        Assert.That(package.StatusCode, Is.EqualTo(HttpStatusCode.OK), await package.Content.ReadAsStringAsync());
        using var zip = new ZipArchive(new MemoryStream(await package.Content.ReadAsByteArrayAsync()));
        Assert.That(ThirdPartyVerifies(zip), Is.True, "an untouched package verifies");

        // A changed body or attachment inside the package fails the check too.
        using var forged = Forge(zip, "content.json", bytes => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("To the archive", "Forged title", StringComparison.Ordinal)));
        Assert.That(ThirdPartyVerifies(forged), Is.False);
        var annex = zip.Entries.Single(e => e.FullName.StartsWith("attachments/", StringComparison.Ordinal)).FullName;
        using var forgedAnnex = Forge(zip, annex, _ => "forged"u8.ToArray());
        Assert.That(ThirdPartyVerifies(forgedAnnex), Is.False);
    }

    /// <summary>What docs/documents.md tells a third party to do, with nothing but the package.</summary>
    private static bool ThirdPartyVerifies(ZipArchive zip)
    {
        var content = Read(zip, "content.json");
        using var signature = JsonDocument.Parse(Read(zip, "signature.json"));
        using var key = ECDsa.Create();
        key.ImportFromPem(Encoding.ASCII.GetString(Read(zip, "public-key.pem")));
        var signatureOk = key.VerifyData(content, Convert.FromBase64String(signature.RootElement.GetProperty("signature").GetString()!), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

        using var signed = JsonDocument.Parse(content);
        var filesOk = signed.RootElement.GetProperty("attachments").EnumerateArray().All(a =>
        {
            var sha = a.GetProperty("sha256").GetString()!;
            var file = zip.Entries.SingleOrDefault(e => e.FullName == $"attachments/{sha}/{a.GetProperty("fileName").GetString()}");
            return file is not null && Convert.ToHexStringLower(SHA256.HashData(Read(zip, file.FullName))) == sha;
        });
        var bodyOk = Encoding.UTF8.GetString(Read(zip, "body.txt")) == signed.RootElement.GetProperty("body").GetString();
        return signatureOk && filesOk && bodyOk;
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static ZipArchive Forge(ZipArchive original, string name, Func<byte[], byte[]> change)
    {
        var buffer = new MemoryStream();
        using (var copy = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in original.Entries)
            {
                var bytes = Read(original, entry.FullName);
                using var target = copy.CreateEntry(entry.FullName).Open();
                target.Write(entry.FullName == name ? change(bytes) : bytes);
            }
        }

        buffer.Position = 0;
        return new ZipArchive(buffer);
    }

    private async Task<string> ApprovedDocumentAsync(string title, bool attach)
    {
        var id = (await _world.DraftAsync("drafter", "notice", title)).GetProperty("id").GetString()!;
        if (attach)
        {
            await _world.UploadAsync("drafter", id, "annex.pdf", Encoding.UTF8.GetBytes("annex of " + title));
        }

        await _world.PostAsync("drafter", $"/api/documents/documents/{id}/submit");
        Assert.That((await _world.ActAsync("director", id, "approve")).GetProperty("status").GetString(), Is.EqualTo("approved"));
        return id;
    }

    private async Task<HttpResponseMessage> UploadRawAsync(string login, string id, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(content), "file", fileName);
        return await _world.As(login).PostAsync($"/api/documents/documents/{id}/attachments", form);
    }
}
