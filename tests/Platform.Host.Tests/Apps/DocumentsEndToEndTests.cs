using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary>
/// The whole life of an outgoing document through HTTP on a host with the real plugin folders: draft → countersign by
/// two departments' heads → rejected to the drafter → changed and resubmitted → approved → numbered → signed → verified →
/// distributed → signed for → published as news, readable by the category's readers only. And the same without News.
/// </summary>
public sealed class DocumentsEndToEndTests
{
    [Test]
    public async Task A_dispatch_goes_from_draft_to_news_through_countersign_rejection_and_approval()
    {
        await using var world = await DocumentsWorld.StartAsync(withNews: true);
        var (id, number) = await RunApprovalAsync(world);

        var distribution = await world.PostAsync("drafter", $"/api/documents/documents/{id}/distributions", new { departmentIds = new[] { world.Departments["it"] } });
        Assert.That(distribution.EnumerateArray().Single().GetProperty("status").GetString(), Is.EqualTo("awaiting_sign_for"));
        var inbox = await world.GetAsync("it-clerk", "/api/documents/inbox?status=awaiting_sign_for");
        var incoming = inbox.EnumerateArray().Single();
        Assert.That(incoming.GetProperty("number").GetString(), Is.EqualTo(number));
        Assert.That((await world.GetAsync("it-clerk", $"/api/documents/documents/{id}")).GetProperty("body").GetString(), Does.StartWith("Revised body"), "a recipient reads the document");
        var notMine = await Problem.ReadAsync(await world.As("outsider").PostAsync($"/api/documents/distributions/{incoming.GetProperty("id").GetString()}/sign-for", null));
        Assert.That(notMine.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        await world.PostAsync("it-clerk", $"/api/documents/distributions/{incoming.GetProperty("id").GetString()}/sign-for");
        var status = await world.GetAsync("drafter", $"/api/documents/documents/{id}/distributions");
        Assert.That(status.EnumerateArray().Single().GetProperty("status").GetString(), Is.EqualTo("signed_for"));
        Assert.That(status.EnumerateArray().Single().GetProperty("handledBy").GetString(), Is.EqualTo(world.Members["it-clerk"]));

        var document = await world.GetAsync("drafter", $"/api/documents/documents/{id}");
        Assert.That(document.GetProperty("newsState").GetString(), Is.EqualTo("published"));
        var articleId = document.GetProperty("newsArticleId").GetString()!;
        var article = await world.GetAsync("it-clerk", $"/api/news/articles/{articleId}");
        Assert.That(article.GetProperty("title").GetString(), Does.Contain(number));
        Assert.That(article.GetProperty("source").GetProperty("id").GetString(), Is.EqualTo(id));
        var hidden = await world.As("outsider").GetAsync($"/api/news/articles/{articleId}");
        Assert.That(hidden.IsSuccessStatusCode, Is.False, "the article's category is not readable by the outsider");
        var outsiderList = await world.As("outsider").GetStringAsync("/api/news/articles");
        Assert.That(outsiderList, Does.Not.Contain(articleId));
    }

    [Test]
    public async Task Without_news_the_document_still_completes_and_records_that_publication_was_not_possible()
    {
        await using var world = await DocumentsWorld.StartAsync(withNews: false);
        var (id, _) = await RunApprovalAsync(world);

        var document = await world.GetAsync("drafter", $"/api/documents/documents/{id}");
        Assert.That(document.GetProperty("status").GetString(), Is.EqualTo("approved"));
        Assert.That(document.GetProperty("newsState").GetString(), Is.EqualTo("not_possible"));
        Assert.That(document.GetProperty("newsNote").GetString(), Does.Contain("not installed"));
        Assert.That(document.GetProperty("newsArticleId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await world.Admin.GetAsync("/api/news/articles")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    /// <summary>Draft → countersign (one approves, one rejects) → revise → resubmit → countersign → director; returns id and number.</summary>
    private static async Task<(string Id, string Number)> RunApprovalAsync(DocumentsWorld world)
    {
        var draft = await world.DraftAsync("drafter", "dispatch", "Notice on the 2027 budget", "finance", "personnel");
        var id = draft.GetProperty("id").GetString()!;
        await world.UploadAsync("drafter", id, "plan.pdf", "%PDF-1.4 first version"u8.ToArray());
        var submitted = await world.PostAsync("drafter", $"/api/documents/documents/{id}/submit");
        Assert.That(submitted.GetProperty("status").GetString(), Is.EqualTo("in_review"));
        var instanceId = submitted.GetProperty("instanceId").GetString()!;

        // The countersigning node hides the summary: the reviewer sees the form without it; the drafter sees everything.
        var item = await world.WorkItemAsync("fin-head", instanceId);
        var asReviewer = await world.GetAsync("fin-head", $"/api/documents/documents/{id}?workItemId={item}");
        Assert.That(asReviewer.GetProperty("data").TryGetProperty("summary", out _), Is.False);
        Assert.That(asReviewer.GetProperty("data").GetProperty("urgency").GetString(), Is.EqualTo("urgent"));
        Assert.That((await world.GetAsync("drafter", $"/api/documents/documents/{id}")).GetProperty("data").GetProperty("summary").GetString(), Is.EqualTo("Confidential summary"));
        var outsider = await Problem.ReadAsync(await world.As("outsider").GetAsync($"/api/documents/documents/{id}"));
        Assert.That(outsider.Status, Is.EqualTo(HttpStatusCode.Forbidden));

        await world.ActAsync("fin-head", id, "approve", "agreed");
        var rejected = await world.ActAsync("hr-head", id, "reject", "the headcount table is missing");
        Assert.That(rejected.GetProperty("status").GetString(), Is.EqualTo("returned"));
        Assert.That(rejected.GetProperty("number").ValueKind, Is.EqualTo(JsonValueKind.Null));

        var changed = await world.OkJsonAsync(await world.As("drafter").PutAsJsonAsync($"/api/documents/documents/{id}", new { title = "Notice on the 2027 budget", body = "Revised body with the headcount table" }));
        Assert.That(changed.GetProperty("bodyVersion").GetInt32(), Is.EqualTo(2));
        var second = await world.UploadAsync("drafter", id, "plan.pdf", "%PDF-1.4 second version"u8.ToArray());
        Assert.That(second.GetProperty("version").GetInt32(), Is.EqualTo(2));
        var versions = await world.GetAsync("drafter", $"/api/documents/documents/{id}/versions");
        Assert.That(versions.EnumerateArray().Select(v => v.GetProperty("body").GetString()), Is.EqualTo(new[] { "Body of Notice on the 2027 budget", "Revised body with the headcount table" }));
        var allFiles = await world.GetAsync("drafter", $"/api/documents/documents/{id}/attachments?all=true");
        Assert.That(allFiles.GetArrayLength(), Is.EqualTo(2), "both versions of plan.pdf are kept");

        Assert.That((await world.PostAsync("drafter", $"/api/documents/documents/{id}/submit")).GetProperty("status").GetString(), Is.EqualTo("in_review"));
        await world.ActAsync("fin-head", id, "approve");
        await world.ActAsync("hr-head", id, "approve");
        var approved = await world.ActAsync("director", id, "approve", "issue it");
        Assert.That(approved.GetProperty("status").GetString(), Is.EqualTo("approved"));
        var number = approved.GetProperty("number").GetString()!;
        Assert.That(number, Is.EqualTo($"甲办发〔{TimeProvider.System.GetLocalNow().Year}〕001号"));

        var verified = await world.GetAsync("drafter", $"/api/documents/documents/{id}/verify");
        Assert.That(verified.GetProperty("valid").GetBoolean(), Is.True, verified.ToString());
        Assert.That(verified.GetProperty("signerId").GetString(), Is.EqualTo(world.Members["director"]));
        Assert.That(verified.GetProperty("signerName").GetString(), Is.EqualTo("Director"));
        Assert.That(verified.GetProperty("keyId").GetString(), Has.Length.EqualTo(16));
        var edit = await Problem.ReadAsync(await world.As("drafter").PutAsJsonAsync($"/api/documents/documents/{id}", new { title = "x", body = "y" }));
        Assert.That((edit.Status, edit.Code), Is.EqualTo((HttpStatusCode.Conflict, "documents.document.wrong_state")));
        return (id, number);
    }
}
