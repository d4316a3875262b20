using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.Rules;

/// <summary>Rule 4: the host references everything it composes, but never an app at compile time — it loads apps as plugins.</summary>
internal static class HostRules
{
    public static IReadOnlyList<string> Check(ProjectFile project)
    {
        var violations = new List<string>();
        foreach (var reference in project.ProjectReferences)
        {
            if (reference.RelativePath is null)
            {
                violations.Add(DependencyRules.Unresolvable(project, reference));
            }
            else if (reference.Area == ProjectArea.Apps && reference.IsCompileTime)
            {
                violations.Add(DependencyRules.Violation(project, reference, "nothing references apps at compile time; the host loads them as plugins (a build-order reference needs ReferenceOutputAssembly=\"false\")."));
            }
        }

        return violations;
    }
}
