using Platform.Architecture.Tests.Discovery;
using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.Projects;

/// <summary>Rule 1 on the project files of api-contracts/*, and the contract packaging every contract needs.</summary>
public sealed class ContractProjectTests
{
    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Contracts))]
    public void Contract_references_only_contracts_abstractions_and_MediatR(string project) =>
        Violations.AssertNone(DependencyRules.Check(ProjectCatalog.Current.Get(project)));

    [TestCaseSource(typeof(ProjectCases), nameof(ProjectCases.Contracts))]
    public void Contract_tracks_its_public_api_and_declares_its_version(string project)
    {
        var catalog = ProjectCatalog.Current;
        var contract = catalog.Get(project);

        var violations = ContractPackagingRules.Check(contract, file =>
        {
            var path = catalog.PathOf(contract, file);
            return File.Exists(path) ? File.ReadLines(path).FirstOrDefault() ?? "" : null;
        });

        Violations.AssertNone(violations);
    }
}
