using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>The problems found so far, in the order found.</summary>
internal sealed class Problems
{
    private readonly List<DefinitionProblem> _list = [];

    public IReadOnlyList<DefinitionProblem> List => _list;

    public void Add(string code, string path, string message) => _list.Add(new DefinitionProblem(code, path, message));
}
