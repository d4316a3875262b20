using Platform.Architecture.Tests.Model;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>The forbidden namespaces follow the discovered projects: other apps, other engines, ASP.NET Core outside the web contract.</summary>
public sealed class ForbiddenDependenciesTests
{
    private static readonly ProjectFile News = SyntheticProject.Create("apps/Platform.Apps.News/Platform.Apps.News.csproj", "");
    private static readonly ProjectFile Documents = SyntheticProject.Create("apps/Platform.Apps.Documents/Platform.Apps.Documents.csproj", "");
    private static readonly ProjectFile Kernel = SyntheticProject.Create("core/Platform.Core/Platform.Core.csproj", "");
    private static readonly ProjectFile Workflow = SyntheticProject.Create("core/Platform.Core.Workflow/Platform.Core.Workflow.csproj", "");
    private static readonly ProjectFile Forms = SyntheticProject.Create("core/Platform.Core.Forms/Platform.Core.Forms.csproj", "");
    private static readonly ProjectFile Contracts = SyntheticProject.Create("api-contracts/Platform.Contracts/Platform.Contracts.csproj", "");
    private static readonly ProjectFile Web = SyntheticProject.Create("api-contracts/Platform.Contracts.Web/Platform.Contracts.Web.csproj", "");
    private static readonly ProjectFile Host = SyntheticProject.Create("host/Platform.Host/Platform.Host.csproj", "");
    private static readonly ProjectFile[] All = [News, Documents, Kernel, Workflow, Forms, Contracts, Web, Host];

    [Test]
    public void App_may_not_depend_on_core_host_or_other_apps() =>
        Assert.That(ForbiddenDependencies.For(News, All), Is.EqualTo(new[] { "Platform.Apps.Documents", "Platform.Core", "Platform.Host" }));

    [Test]
    public void Engine_may_not_depend_on_other_engines_apps_or_host() =>
        Assert.That(ForbiddenDependencies.For(Workflow, All), Is.EqualTo(new[] { "Platform.Apps", "Platform.Core.Forms", "Platform.Host" }));

    [Test]
    public void Only_the_web_contract_may_depend_on_aspnetcore()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ForbiddenDependencies.For(Contracts, All), Does.Contain(ForbiddenDependencies.AspNetCore).And.Contain(ForbiddenDependencies.EntityFrameworkCore));
            Assert.That(ForbiddenDependencies.For(Web, All), Does.Not.Contain(ForbiddenDependencies.AspNetCore).And.Contain(ForbiddenDependencies.EntityFrameworkCore));
        });
    }

    [Test]
    public void Host_may_not_depend_on_apps() =>
        Assert.That(ForbiddenDependencies.For(Host, All), Is.EqualTo(new[] { "Platform.Apps.Documents", "Platform.Apps.News" }));
}
