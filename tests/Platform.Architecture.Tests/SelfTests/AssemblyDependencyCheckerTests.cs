using Platform.Architecture.Tests.Rules;
using Platform.Architecture.Tests.SelfTests.Fixtures;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>The IL checker used on the real assemblies reports a known dependency: this assembly's fixture on the kernel.</summary>
public sealed class AssemblyDependencyCheckerTests
{
    private static string ThisAssembly => typeof(KernelDependentFixture).Assembly.Location;

    [Test]
    public void Type_depending_on_a_forbidden_namespace_is_reported()
    {
        var violations = AssemblyDependencyChecker.FindTypeDependencies(AssemblyDependencyChecker.TypesIn(ThisAssembly), [ForbiddenDependencies.Kernel]);

        Reported.Once(violations, typeof(KernelDependentFixture).FullName!, "depends on Platform.Core");
    }

    [Test]
    public void Namespaces_are_matched_whole_not_by_prefix_of_a_segment()
    {
        var violations = AssemblyDependencyChecker.FindTypeDependencies(AssemblyDependencyChecker.TypesIn(ThisAssembly), ["Platform.Cor", "Platform.Core.Host"]);

        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void Assembly_reference_to_a_forbidden_assembly_is_reported()
    {
        var violations = AssemblyDependencyChecker.FindAssemblyReferences(ThisAssembly, [ForbiddenDependencies.Kernel, ForbiddenDependencies.Host]);

        Assert.That(violations, Is.EqualTo(new[] { "Platform.Architecture.Tests references assembly Platform.Core" }));
    }
}
