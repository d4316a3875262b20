using Platform.Architecture.Tests.Rules;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>The contract packaging check reports a contract without public API files, nullable header or version.</summary>
public sealed class ContractPackagingRulesTests
{
    private const string Contract = "api-contracts/Platform.Contracts.Fake/Platform.Contracts.Fake.csproj";

    [Test]
    public void Contract_without_version_or_tracked_api_is_reported()
    {
        var contract = SyntheticProject.Create(Contract, "");
        var files = new Dictionary<string, string> { ["PublicAPI.Shipped.txt"] = "Platform.Contracts.Fake.IThing" };

        var violations = ContractPackagingRules.Check(contract, file => files.GetValueOrDefault(file));

        Assert.That(violations, Has.Count.EqualTo(3));
        Reported.Once(violations, "PublicAPI.Shipped.txt must start with '#nullable enable'");
        Reported.Once(violations, "has no PublicAPI.Unshipped.txt");
        Reported.Once(violations, "has no <Version>");
    }

    [Test]
    public void Contract_with_version_and_tracked_api_is_accepted()
    {
        var contract = SyntheticProject.Create(Contract, "", "<Version>1.2.0</Version>");

        Assert.That(ContractPackagingRules.Check(contract, _ => ContractPackagingRules.NullableHeader), Is.Empty);
    }
}
