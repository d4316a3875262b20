using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;
using Platform.Host.Tests.Support;

namespace Platform.Host.Tests.Apps;

/// <summary>
/// A real host with the real Documents (and, when asked, News) plugin folders, an organisation imported through
/// <c>POST /api/org/import</c> (unit 甲办 with four departments; the finance and personnel heads hold
/// <c>department_head</c>), the dispatch form and processes published over HTTP, and the document types set up by the
/// administrator over HTTP. Members sign in with their own tokens.
/// </summary>
internal sealed class DocumentsWorld : IAsyncDisposable
{
    public const string Password = "documents-test-password";

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    private DocumentsWorld(PluginsFolder folder, RunningHost host)
    {
        Folder = folder;
        Host = host;
    }

    public PluginsFolder Folder { get; }

    public RunningHost Host { get; }

    public HttpClient Admin => Host.Client;

    public string UnitId { get; private set; } = "";

    public Dictionary<string, string> Departments { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Members { get; } = new(StringComparer.Ordinal);

    public HttpClient As(string login) => _clients[login];

    public static async Task<DocumentsWorld> StartAsync(bool withNews, params string[] args)
    {
        var folder = new PluginsFolder().Add(RepoPaths.BuiltPlugin("documents"));
        if (withNews)
        {
            folder.Add(RepoPaths.BuiltPlugin("news"));
        }

        var world = new DocumentsWorld(folder, await RunningHost.StartAsync(folder, null, args));
        await world.ImportOrganisationAsync();
        await world.PublishFormAndProcessesAsync();
        await world.PutTypesAsync();
        if (withNews)
        {
            var category = await world.Admin.PutAsJsonAsync("/api/news/categories/announcements", new
            {
                name = "Announcements",
                editors = Array.Empty<string>(),
                reviewers = Array.Empty<string>(),
                readers = new[] { $"dept:{world.Departments["it"]}" },
            });
            Assert.That(category.IsSuccessStatusCode, Is.True, await category.Content.ReadAsStringAsync());
        }

        return world;
    }

    private async Task ImportOrganisationAsync()
    {
        var document = new
        {
            units = new[] { new { code = "acme", name = "Acme City Office", shortName = "甲办" } },
            departments = new[]
            {
                new { code = "office", name = "General office", unit = "acme" },
                new { code = "finance", name = "Finance", unit = "acme" },
                new { code = "personnel", name = "Personnel", unit = "acme" },
                new { code = "it", name = "IT centre", unit = "acme" },
            },
            members = new[]
            {
                new { code = "drafter", login = "drafter", name = "Drafter", department = "office" },
                new { code = "director", login = "director", name = "Director", department = "office" },
                new { code = "fin-head", login = "fin-head", name = "Finance head", department = "finance" },
                new { code = "hr-head", login = "hr-head", name = "Personnel head", department = "personnel" },
                new { code = "it-clerk", login = "it-clerk", name = "IT clerk", department = "it" },
                new { code = "outsider", login = "outsider", name = "Outsider", department = "personnel" },
            },
            roles = new[]
            {
                new
                {
                    code = "department_head", name = "Department head", kind = "relative",
                    holders = new[] { new { member = "fin-head", department = "finance" }, new { member = "hr-head", department = "personnel" } },
                },
            },
        };
        var imported = await Admin.PostAsJsonAsync("/api/org/import", document);
        Assert.That(imported.IsSuccessStatusCode, Is.True, await imported.Content.ReadAsStringAsync());

        var directory = Host.App.Services.GetRequiredService<IMemberDirectory>();
        var structure = Host.App.Services.GetRequiredService<IOrgStructure>();
        await using var scope = Host.App.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IMemberAuthenticator>();
        foreach (var login in new[] { "drafter", "director", "fin-head", "hr-head", "it-clerk", "outsider" })
        {
            var member = directory.FindByLogin(login)!;
            Members[login] = member.Id;
            var department = structure.FindDepartment(member.Primary.DepartmentId)!;
            Departments[department.Code] = department.Id;
            UnitId = department.UnitId;
            await accounts.SetPasswordAsync(member.Id, Password, CancellationToken.None);
            _clients[login] = Host.ClientWithToken(await Host.TokenForAsync(login, Password));
        }
    }

    private async Task PublishFormAndProcessesAsync()
    {
        var form = new
        {
            key = "dispatch",
            name = "Dispatch",
            fields = new object[]
            {
                new { key = "urgency", label = "Urgency", type = "singleSelect", required = true, options = new[] { new { value = "normal", label = "Normal" }, new { value = "urgent", label = "Urgent" } } },
                new { key = "summary", label = "Summary", type = "longText" },
                new { key = "countersign", label = "Countersigning departments", type = "subTable", columns = new[] { new { key = "dept", label = "Department", type = "department", required = true } } },
            },
        };
        var published = await Admin.PostAsJsonAsync("/api/forms/definitions", form);
        Assert.That(published.IsSuccessStatusCode, Is.True, await published.Content.ReadAsStringAsync());

        var countersign = new
        {
            key = "dispatch",
            name = "Dispatch approval",
            formKey = "dispatch",
            app = "documents",
            nodes = new object[]
            {
                new { id = "draft", name = "Draft", type = "start" },
                new
                {
                    id = "countersign", name = "Countersign", type = "approval",
                    approval = new { mode = "all", assignees = new[] { new { kind = "rolePerDepartmentField", field = "countersign.dept", value = "department_head", relative = "self" } } },
                    formProfile = new { fields = new Dictionary<string, string> { ["summary"] = "hidden" }, @default = "readOnly" },
                },
                new { id = "sign", name = "Sign-off", type = "approval", approval = new { assignees = new[] { new { kind = "member", value = Members["director"] } } } },
                new { id = "end", name = "Done", type = "end" },
            },
            flows = new[]
            {
                new { id = "f1", from = "draft", to = "countersign" },
                new { id = "f2", from = "countersign", to = "sign" },
                new { id = "f3", from = "sign", to = "end" },
            },
        };
        var quick = new
        {
            key = "quick",
            name = "Director only",
            formKey = "dispatch",
            app = "documents",
            nodes = new object[]
            {
                new { id = "draft", name = "Draft", type = "start" },
                new { id = "sign", name = "Sign-off", type = "approval", approval = new { assignees = new[] { new { kind = "member", value = Members["director"] } } } },
                new { id = "end", name = "Done", type = "end" },
            },
            flows = new[] { new { id = "f1", from = "draft", to = "sign" }, new { id = "f2", from = "sign", to = "end" } },
        };
        foreach (var process in new object[] { countersign, quick })
        {
            var response = await Admin.PostAsJsonAsync("/api/workflow/definitions", process);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        }
    }

    private async Task PutTypesAsync()
    {
        await PutTypeAsync("dispatch", "dispatch", "{unitShort}发〔{year}〕{seq:000}号", "announcements");
        await PutTypeAsync("notice", "quick", "{unitShort}通〔{year}〕{seq}号", null);
    }

    public async Task PutTypeAsync(string key, string process, string pattern, string? category)
    {
        var response = await Admin.PutAsJsonAsync($"/api/documents/types/{key}", new
        {
            name = key, direction = "outgoing", unitId = UnitId, formKey = "dispatch", processKey = process, numberPattern = pattern, newsCategory = category,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>Drafts a document as <paramref name="login"/>; returns its JSON.</summary>
    public async Task<JsonElement> DraftAsync(string login, string typeKey, string title, params string[] countersignDepartments)
    {
        var created = await As(login).PostAsJsonAsync("/api/documents/documents", new
        {
            typeKey,
            title,
            body = "Body of " + title,
            data = new { urgency = "urgent", summary = "Confidential summary", countersign = countersignDepartments.Select(d => new { dept = Departments[d] }).ToArray() },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> PostAsync(string login, string path, object? body = null) =>
        await OkJsonAsync(await As(login).PostAsJsonAsync(path, body ?? new { }));

    public async Task<JsonElement> GetAsync(string login, string path) => await OkJsonAsync(await As(login).GetAsync(path));

    /// <summary>The member's open work item of the document's instance.</summary>
    public async Task<string> WorkItemAsync(string login, string instanceId)
    {
        var todos = await GetAsync(login, "/api/workflow/my/todos?app=documents");
        return todos.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("instanceId").GetString() == instanceId).GetProperty("id").GetString()!;
    }

    /// <summary>Acts on the member's work item of the document through the Documents endpoint.</summary>
    public async Task<JsonElement> ActAsync(string login, string documentId, string kind, string? opinion = null)
    {
        var document = await GetAsync("drafter", $"/api/documents/documents/{documentId}");
        var item = await WorkItemAsync(login, document.GetProperty("instanceId").GetString()!);
        return await PostAsync(login, $"/api/documents/documents/{documentId}/actions", new { workItemId = item, kind, opinion });
    }

    public async Task<JsonElement> UploadAsync(string login, string documentId, string fileName, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        return await OkJsonAsync(await As(login).PostAsync($"/api/documents/documents/{documentId}/attachments", form));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await Host.DisposeAsync();
        Folder.Dispose();
    }
}
