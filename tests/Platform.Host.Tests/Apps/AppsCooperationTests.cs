using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Modules;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary>
/// The real News and Documents plugin folders on the real host: Documents asks News to publish through a request in
/// Platform.Apps.Api, and learns of the article through a notification — neither references the other.
/// </summary>
public sealed class AppsCooperationTests
{
    [Test]
    public async Task A_document_published_as_news_becomes_an_article_and_the_document_records_it()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        await using var host = await RunningHost.StartAsync(folder);
        Assert.That((await host.ModuleAsync("news")).State, Is.EqualTo(ModuleState.Loaded));
        Assert.That((await host.ModuleAsync("documents")).State, Is.EqualTo(ModuleState.Loaded));

        var documentId = await CreateDocumentAsync(host, "Notice on the 2026 holiday schedule");
        var publish = await host.Client.PostAsync($"/api/documents/documents/{documentId}/publish-as-news", null);
        Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK), await publish.Content.ReadAsStringAsync());
        var articleId = (await publish.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetString();

        var articles = await host.Client.GetFromJsonAsync<JsonElement>("/api/news/articles");
        var article = articles.EnumerateArray().Single(a => a.GetProperty("id").GetString() == articleId);
        Assert.That(article.GetProperty("title").GetString(), Is.EqualTo("Notice on the 2026 holiday schedule"));
        Assert.That(article.GetProperty("source").GetProperty("app").GetString(), Is.EqualTo("documents"));
        Assert.That(article.GetProperty("source").GetProperty("id").GetString(), Is.EqualTo(documentId));

        var document = await host.Client.GetFromJsonAsync<JsonElement>($"/api/documents/documents/{documentId}");
        Assert.That(document.GetProperty("newsArticleId").GetString(), Is.EqualTo(articleId), "the NewsArticlePublished notification reached Documents");
    }

    [Test]
    public async Task Without_news_installed_publishing_fails_clearly_and_the_document_is_kept()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("documents"));
        await using var host = await RunningHost.StartAsync(folder);

        var documentId = await CreateDocumentAsync(host, "Draft without news");
        var problem = await Problem.ReadAsync(await host.Client.PostAsync($"/api/documents/documents/{documentId}/publish-as-news", null));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(problem.Code, Is.EqualTo("messaging.no_handler"));
        Assert.That(problem.Detail, Does.Contain("PublishNewsArticle"));
        var document = await host.Client.GetFromJsonAsync<JsonElement>($"/api/documents/documents/{documentId}");
        Assert.That(document.GetProperty("newsArticleId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That((await host.Client.GetAsync("/api/news/articles")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Invalid_input_is_a_validation_problem_naming_every_field_and_nothing_is_saved()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        await using var host = await RunningHost.StartAsync(folder);

        var problem = await Problem.ReadAsync(await host.Client.PostAsJsonAsync("/api/documents/documents", new { title = "", body = "" }));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("validation.failed"));
        Assert.That(problem.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "title", "body" }));
        Assert.That((await host.Client.GetFromJsonAsync<JsonElement>("/api/documents/documents")).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Data_survives_a_restart_on_the_same_data_directory()
    {
        using var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("news")).Add(RepoPaths.BuiltPlugin("documents"));
        string documentId;
        await using (var first = await RunningHost.StartAsync(folder))
        {
            documentId = await CreateDocumentAsync(first, "Kept across restarts");
        }

        await using var second = await RunningHost.StartAsync(folder);
        var document = await second.Client.GetFromJsonAsync<JsonElement>($"/api/documents/documents/{documentId}");
        Assert.That(document.GetProperty("title").GetString(), Is.EqualTo("Kept across restarts"));
        Assert.That((await second.Client.GetAsync("/health/ready")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<string> CreateDocumentAsync(RunningHost host, string title)
    {
        var created = await host.Client.PostAsJsonAsync("/api/documents/documents", new { title, body = "Body of " + title });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
