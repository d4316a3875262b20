using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.News;

/// <summary>Categories: configured by administrators, checked against the organisation; readers see only what they may read.</summary>
public sealed class CategoriesAndVisibilityTests
{
    private NewsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _world = await NewsWorld.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task Only_administrators_configure_categories()
    {
        var problem = await Problem.ReadAsync(await _world.Editor.PutAsJsonAsync("/api/news/categories/mine", new { name = "Mine" }));

        Assert.That((problem.Status, problem.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        Assert.That((await _world.Admin.GetAsync("/api/news/categories/mine")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_category_with_mistakes_reports_every_one_and_is_not_saved()
    {
        var problem = await Problem.ReadAsync(await _world.Admin.PutAsJsonAsync("/api/news/categories/Bad Key", new
        {
            name = "",
            editors = new[] { "member:nobody" },
            reviewers = new[] { "boss" },
            readers = new[] { "role:no-such-role" },
            reviewProcessKey = "no-such-process",
        }));

        Assert.That(problem.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.Code, Is.EqualTo("validation.failed"));
        Assert.That(problem.Errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[]
        {
            ("key", "news.category_key_invalid"),
            ("name", "required"),
            ("editors[0]", "news.principal_unknown"),
            ("reviewers[0]", "news.principal_invalid"),
            ("readers[0]", "news.principal_unknown"),
            ("reviewProcessKey", "news.review_process_unknown"),
        }));
    }

    [Test]
    public async Task A_review_process_that_needs_a_form_is_refused()
    {
        var form = await _world.Admin.PostAsJsonAsync("/api/forms/definitions", new
        {
            key = "news-test-form",
            name = "Form",
            fields = new[] { new { key = "title", label = "Title", type = "text" } },
        });
        Assert.That(form.IsSuccessStatusCode, Is.True, await form.Content.ReadAsStringAsync());
        var process = await _world.Admin.PostAsJsonAsync("/api/workflow/definitions", new
        {
            key = "with-form",
            name = "With form",
            formKey = "news-test-form",
            nodes = new object[]
            {
                new { id = "start", name = "Start", type = "start" },
                new { id = "review", name = "Review", type = "approval", approval = new { assignees = new[] { new { kind = "member", value = _world.ReviewerId } } } },
                new { id = "end", name = "End", type = "end" },
            },
            flows = new[] { new { id = "f1", from = "start", to = "review" }, new { id = "f2", from = "review", to = "end" } },
        });
        Assert.That(process.StatusCode, Is.EqualTo(HttpStatusCode.Created), await process.Content.ReadAsStringAsync());

        var problem = await Problem.ReadAsync(await _world.Admin.PutAsJsonAsync("/api/news/categories/formal", new { name = "Formal", reviewProcessKey = "with-form" }));

        Assert.That(problem.Errors, Is.EqualTo(new[] { ("reviewProcessKey", "news.review_process_has_form") }));
    }

    [Test]
    public async Task A_role_given_by_code_is_stored_as_the_organisation_token_and_readers_default_to_everyone()
    {
        await _world.PutCategoryAsync("staff-notes", new { name = "Staff notes", editors = new[] { "role:admin", $"member:{_world.EditorId}", $"member:{_world.EditorId}" } });

        var category = await _world.Admin.GetFromJsonAsync<JsonElement>("/api/news/categories/staff-notes");
        var editors = category.GetProperty("editors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.That(editors, Has.Count.EqualTo(2), "duplicates dropped");
        Assert.That(editors[0], Does.StartWith("role:").And.Not.EqualTo("role:admin"), "the role's id, as the organisation's tokens name it");
        Assert.That(category.GetProperty("readers").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "everyone" }));
        Assert.That(category.GetProperty("reviewProcessKey").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_reader_outside_the_readers_neither_lists_nor_gets_the_category_or_its_articles()
    {
        var article = await _world.PublishedAsync("newsroom-only", "Newsroom lunch");
        var id = article.GetProperty("id").GetString();

        var readerCategories = (await _world.Reader.GetFromJsonAsync<JsonElement>("/api/news/categories")).EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        var colleagueCategories = (await _world.Colleague.GetFromJsonAsync<JsonElement>("/api/news/categories")).EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList();
        Assert.That(readerCategories, Does.Contain("open").And.Not.Contain("newsroom-only"));
        Assert.That(colleagueCategories, Does.Contain("newsroom-only"), "a member of the newsroom department reads it");

        Assert.That((await Problem.ReadAsync(await _world.Reader.GetAsync("/api/news/categories/newsroom-only"))).Code, Is.EqualTo("news.category_not_found"));
        var hidden = await Problem.ReadAsync(await _world.Reader.GetAsync($"/api/news/articles/{id}"));
        Assert.That((hidden.Status, hidden.Code), Is.EqualTo((HttpStatusCode.NotFound, "news.article_not_found")));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, ""), Does.Not.Contain("Newsroom lunch"));
        Assert.That(await NewsWorld.TitlesAsync(_world.Colleague, "?category=newsroom-only"), Does.Contain("Newsroom lunch"));
        Assert.That((await _world.ArticleAsync(_world.Colleague, id!)).GetProperty("title").GetString(), Is.EqualTo("Newsroom lunch"));
    }

    [Test]
    public async Task Drafts_are_seen_by_editors_and_reviewers_only_and_only_editors_write()
    {
        var draft = await _world.CreateDraftAsync(_world.Editor, "open", "Unfinished");
        var id = draft.GetProperty("id").GetString();
        Assert.That(draft.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(draft.GetProperty("authorId").GetString(), Is.EqualTo(_world.EditorId));

        Assert.That((await _world.Reader.GetAsync($"/api/news/articles/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _world.Reviewer.GetAsync($"/api/news/articles/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await NewsWorld.TitlesAsync(_world.Editor, "?status=draft"), Does.Contain("Unfinished"));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?status=draft"), Is.Empty);

        var byReader = await Problem.ReadAsync(await _world.Reader.PostAsJsonAsync("/api/news/articles", new { category = "open", title = "Mine", body = "x" }));
        Assert.That((byReader.Status, byReader.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        var byReviewer = await Problem.ReadAsync(await _world.Reviewer.PutAsJsonAsync($"/api/news/articles/{id}", new { title = "Changed", body = "x" }));
        Assert.That((byReviewer.Status, byReviewer.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));

        var invalid = await Problem.ReadAsync(await _world.Editor.PostAsJsonAsync("/api/news/articles", new { category = "open", title = " ", body = "" }));
        Assert.That(invalid.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "title", "body" }));
        var unknown = await Problem.ReadAsync(await _world.Editor.PostAsJsonAsync("/api/news/articles", new { category = "nowhere", title = "T", body = "B" }));
        Assert.That((unknown.Status, unknown.Code), Is.EqualTo((HttpStatusCode.NotFound, "news.category_not_found")));
    }
}
