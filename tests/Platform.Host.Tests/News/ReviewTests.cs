using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Workflow.Events;
using Platform.Contracts.Workflow.Runtime;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.News;

/// <summary>Submission through the workflow engine: approved → published, returned → draft, no review → published at once; withdraw.</summary>
public sealed class ReviewTests
{
    private NewsWorld _world = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _world = await NewsWorld.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task A_submitted_article_is_in_review_until_the_reviewer_approves_then_readers_see_it()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "reviewed", "Budget approved")).GetProperty("id").GetString()!;

        var submitted = await _world.SubmitAsync(id);
        Assert.That(submitted.GetProperty("status").GetString(), Is.EqualTo("in_review"));
        var instanceId = submitted.GetProperty("reviewInstanceId").GetString();
        Assert.That(instanceId, Is.Not.Null.And.Not.Empty);
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=reviewed"), Does.Not.Contain("Budget approved"));
        var again = await Problem.ReadAsync(await _world.Editor.PostAsJsonAsync($"/api/news/articles/{id}/submit", new { }));
        Assert.That((again.Status, again.Code), Is.EqualTo((HttpStatusCode.UnprocessableEntity, "news.article_not_submittable")));

        var item = await WorkItemAsync(instanceId!);
        var approve = await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{item}/actions", new { kind = "approve", opinion = "Good" });
        Assert.That(approve.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approve.Content.ReadAsStringAsync());

        var article = await _world.ArticleAsync(_world.Reader, id);
        Assert.That(article.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(article.GetProperty("publishedAt").ValueKind, Is.EqualTo(JsonValueKind.String));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=reviewed"), Does.Contain("Budget approved"));
    }

    [Test]
    public async Task A_review_returned_to_the_start_puts_the_article_back_to_draft_with_the_opinion_and_it_can_be_resubmitted()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "reviewed", "Draft with typos")).GetProperty("id").GetString()!;
        var first = (await _world.SubmitAsync(id)).GetProperty("reviewInstanceId").GetString()!;

        var reject = await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{await WorkItemAsync(first)}/actions", new { kind = "reject", opinion = "Fix the typos" });
        Assert.That(reject.StatusCode, Is.EqualTo(HttpStatusCode.OK), await reject.Content.ReadAsStringAsync());

        var returned = await _world.ArticleAsync(_world.Editor, id);
        Assert.That(returned.GetProperty("status").GetString(), Is.EqualTo("draft"));
        Assert.That(returned.GetProperty("reviewNote").GetString(), Is.EqualTo("Fix the typos"));

        var edited = await _world.Editor.PutAsJsonAsync($"/api/news/articles/{id}", new { title = "Draft without typos", body = "Clean body." });
        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.OK), await edited.Content.ReadAsStringAsync());
        var resubmitted = await _world.SubmitAsync(id);
        var second = resubmitted.GetProperty("reviewInstanceId").GetString()!;
        Assert.That((resubmitted.GetProperty("status").GetString(), second), Is.EqualTo(("in_review", second)));
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That(resubmitted.GetProperty("reviewNote").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var old = await _world.Admin.GetFromJsonAsync<JsonElement>($"/api/workflow/instances/{first}");
        Assert.That(old.GetProperty("status").GetString(), Is.EqualTo("cancelled"), "the returned review is abandoned");

        await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{await WorkItemAsync(second)}/actions", new { kind = "approve" });
        Assert.That((await _world.ArticleAsync(_world.Reader, id)).GetProperty("title").GetString(), Is.EqualTo("Draft without typos"));
    }

    [Test]
    public async Task Without_a_review_rule_submitting_publishes_at_once_and_a_reviewer_withdraws_it()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "open", "Canteen menu")).GetProperty("id").GetString()!;
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=open"), Does.Not.Contain("Canteen menu"));

        var published = await _world.SubmitAsync(id);
        Assert.That(published.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(published.GetProperty("reviewInstanceId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=open"), Does.Contain("Canteen menu"));

        var byEditor = await Problem.ReadAsync(await _world.Editor.PostAsync($"/api/news/articles/{id}/withdraw", null));
        Assert.That((byEditor.Status, byEditor.Code), Is.EqualTo((HttpStatusCode.Forbidden, "auth.forbidden")));
        var withdrawn = await _world.Reviewer.PostAsync($"/api/news/articles/{id}/withdraw", null);
        Assert.That(withdrawn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await withdrawn.Content.ReadAsStringAsync());

        Assert.That(await NewsWorld.TitlesAsync(_world.Reader, "?category=open"), Does.Not.Contain("Canteen menu"));
        Assert.That((await _world.Reader.GetAsync($"/api/news/articles/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await NewsWorld.TitlesAsync(_world.Editor, "?status=withdrawn"), Does.Contain("Canteen menu"));
        var twice = await Problem.ReadAsync(await _world.Reviewer.PostAsync($"/api/news/articles/{id}/withdraw", null));
        Assert.That(twice.Code, Is.EqualTo("news.article_not_withdrawable"));
        var edited = await _world.Editor.PutAsJsonAsync($"/api/news/articles/{id}", new { title = "Canteen menu (corrected)", body = "Fish on Friday." });
        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a withdrawn article is editable again");
    }

    [Test]
    public async Task A_repeated_or_late_workflow_notification_changes_nothing()
    {
        var id = (await _world.CreateDraftAsync(_world.Editor, "reviewed", "Published once")).GetProperty("id").GetString()!;
        var instanceId = (await _world.SubmitAsync(id)).GetProperty("reviewInstanceId").GetString()!;
        await _world.Reviewer.PostAsJsonAsync($"/api/workflow/work-items/{await WorkItemAsync(instanceId)}/actions", new { kind = "approve" });
        var published = await _world.ArticleAsync(_world.Editor, id);
        Assert.That(published.GetProperty("status").GetString(), Is.EqualTo("published"));

        await using (var scope = _world.Host.App.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Publish(new InstanceCompleted(instanceId, NewsWorld.ReviewProcess, "news", null, InstanceStatus.Approved));
            await mediator.Publish(new InstanceRejected(instanceId, NewsWorld.ReviewProcess, "news", null, "start", _world.ReviewerId, "Too late"));
            await mediator.Publish(new InstanceCompleted(instanceId, NewsWorld.ReviewProcess, "news", null, InstanceStatus.Terminated));
        }

        var after = await _world.ArticleAsync(_world.Editor, id);
        Assert.That(after.GetProperty("status").GetString(), Is.EqualTo("published"));
        Assert.That(after.GetProperty("publishedAt").GetDateTimeOffset(), Is.EqualTo(published.GetProperty("publishedAt").GetDateTimeOffset()));
        Assert.That(after.GetProperty("reviewNote").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    private async Task<string> WorkItemAsync(string instanceId)
    {
        var todos = await _world.Reviewer.GetFromJsonAsync<JsonElement>("/api/workflow/my/todos?app=news");
        return todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId).GetProperty("id").GetString()!;
    }
}
