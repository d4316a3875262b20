using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>The project-level checker used on the real projects reports violations in synthetic ones (and accepts the allowed shapes).</summary>
public sealed class DependencyRulesTests
{
    private const string App = "apps/Platform.Apps.Fake/Platform.Apps.Fake.csproj";
    private const string Engine = "core/Platform.Core.Fake/Platform.Core.Fake.csproj";
    private const string Contract = "api-contracts/Platform.Contracts.Fake/Platform.Contracts.Fake.csproj";
    private const string Host = "host/Platform.Host/Platform.Host.csproj";

    [Test]
    public void App_referencing_the_kernel_is_reported()
    {
        var app = SyntheticProject.Create(App, """<ProjectReference Include="../../core/Platform.Core/Platform.Core.csproj" />""");

        Reported.Once(DependencyRules.Check(app), "Platform.Apps.Fake", "core/Platform.Core/Platform.Core.csproj", "never reference core");
    }

    [Test]
    public void App_referencing_another_app_through_RepoRoot_is_reported()
    {
        var app = SyntheticProject.Create(App, """<ProjectReference Include="$(RepoRoot)apps/Platform.Apps.Other/Platform.Apps.Other.csproj" />""");

        Reported.Once(DependencyRules.Check(app), "apps/Platform.Apps.Other/Platform.Apps.Other.csproj", "another app");
    }

    [Test]
    public void App_copying_a_contract_is_reported()
    {
        var app = SyntheticProject.Create(App, """
            <ProjectReference Include="..\..\api-contracts\Platform.Contracts\Platform.Contracts.csproj">
              <Private>true</Private>
              <ExcludeAssets>none</ExcludeAssets>
            </ProjectReference>
            """);

        var violations = DependencyRules.Check(app);

        Assert.That(violations, Has.Count.EqualTo(2));
        Reported.Once(violations, "api-contracts/Platform.Contracts/Platform.Contracts.csproj", "Private=\"true\"");
        Reported.Once(violations, "api-contracts/Platform.Contracts/Platform.Contracts.csproj", "ExcludeAssets=\"none\"");
    }

    [Test]
    public void App_turned_into_another_project_kind_is_reported()
    {
        var app = SyntheticProject.Create(App, "", "<ProjectType>Library</ProjectType>");

        Reported.Once(DependencyRules.Check(app), "ProjectType 'Library'");
    }

    [Test]
    public void App_referencing_contracts_only_is_accepted()
    {
        var app = SyntheticProject.Create(App, """
            <ProjectReference Include="../../api-contracts/Platform.Contracts/Platform.Contracts.csproj" />
            <ProjectReference Include="../../api-contracts/Platform.Apps.Api/Platform.Apps.Api.csproj" ExcludeAssets="runtime;native" />
            <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" />
            """);

        Assert.That(DependencyRules.Check(app), Is.Empty);
    }

    [Test]
    public void Contract_referencing_ef_core_or_an_implementation_is_reported()
    {
        var contract = SyntheticProject.Create(Contract, """
            <PackageReference Include="Microsoft.EntityFrameworkCore" />
            <ProjectReference Include="../../core/Platform.Core/Platform.Core.csproj" />
            <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" />
            <PackageReference Include="MediatR" />
            """);

        var violations = DependencyRules.Check(contract);

        Assert.That(violations, Has.Count.EqualTo(2));
        Reported.Once(violations, "package Microsoft.EntityFrameworkCore", "no EF Core");
        Reported.Once(violations, "core/Platform.Core/Platform.Core.csproj", "implementations");
    }

    [Test]
    public void Only_the_web_contract_may_reference_aspnetcore()
    {
        const string aspNetCore = """<FrameworkReference Include="Microsoft.AspNetCore.App" />""";
        var engineContract = SyntheticProject.Create(Contract, aspNetCore);
        var webContract = SyntheticProject.Create("api-contracts/Platform.Contracts.Web/Platform.Contracts.Web.csproj", aspNetCore);

        Assert.Multiple(() =>
        {
            Reported.Once(DependencyRules.Check(engineContract), "Platform.Contracts.Fake", "framework Microsoft.AspNetCore.App");
            Assert.That(DependencyRules.Check(webContract), Is.Empty);
        });
    }

    [Test]
    public void Engine_referencing_another_engine_is_reported()
    {
        var engine = SyntheticProject.Create(Engine, """
            <ProjectReference Include="../Platform.Core/Platform.Core.csproj" />
            <ProjectReference Include="../../api-contracts/Platform.Contracts.Fake/Platform.Contracts.Fake.csproj" />
            <ProjectReference Include="../../api-contracts/Platform.Contracts.Workflow/Platform.Contracts.Workflow.csproj" />
            <ProjectReference Include="../Platform.Core.Workflow/Platform.Core.Workflow.csproj" />
            """);

        Assert.That(DependencyRules.Check(engine), Is.EqualTo(new[]
        {
            "Platform.Core.Fake (core/Platform.Core.Fake/Platform.Core.Fake.csproj) references core/Platform.Core.Workflow/Platform.Core.Workflow.csproj: " +
            "an engine never references another engine's implementation; reference its contract (api-contracts/Platform.Contracts.*) instead.",
        }));
    }

    [Test]
    public void Kernel_referencing_an_engine_or_app_contracts_is_reported()
    {
        var kernel = SyntheticProject.Create("core/Platform.Core/Platform.Core.csproj", """
            <ProjectReference Include="../../api-contracts/Platform.Contracts/Platform.Contracts.csproj" />
            <ProjectReference Include="../Platform.Core.Fake/Platform.Core.Fake.csproj" />
            <ProjectReference Include="../../api-contracts/Platform.Apps.Api/Platform.Apps.Api.csproj" />
            """);

        var violations = DependencyRules.Check(kernel);

        Assert.That(violations, Has.Count.EqualTo(2));
        Reported.Once(violations, "core/Platform.Core.Fake/Platform.Core.Fake.csproj", "the kernel never references an engine");
        Reported.Once(violations, "api-contracts/Platform.Apps.Api/Platform.Apps.Api.csproj", "not app-level contracts");
    }

    [Test]
    public void Host_may_reference_an_app_for_build_order_only()
    {
        var compiled = SyntheticProject.Create(Host, """<ProjectReference Include="../../apps/Platform.Apps.Fake/Platform.Apps.Fake.csproj" />""");
        var buildOrder = SyntheticProject.Create(Host, """<ProjectReference Include="../../apps/Platform.Apps.Fake/Platform.Apps.Fake.csproj" ReferenceOutputAssembly="false" />""");

        Assert.Multiple(() =>
        {
            Reported.Once(DependencyRules.Check(compiled), "apps/Platform.Apps.Fake/Platform.Apps.Fake.csproj", "nothing references apps at compile time");
            Assert.That(DependencyRules.Check(buildOrder), Is.Empty);
        });
    }

    [Test]
    public void Reference_through_an_unknown_property_is_reported()
    {
        var app = SyntheticProject.Create(App, """<ProjectReference Include="$(SomewhereElse)/Platform.Core.csproj" />""");

        Reported.Once(DependencyRules.Check(app), "$(SomewhereElse)/Platform.Core.csproj", "cannot resolve");
    }
}
