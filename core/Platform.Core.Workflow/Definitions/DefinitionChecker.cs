using System.Text.RegularExpressions;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Definitions;

/// <summary>
/// Checks a definition and reports every problem together (docs/workflow.md, "Definitions"): the key, the graph
/// (<see cref="StructureCheck"/>), each node's settings, assignee rules (<see cref="AssigneeCheck"/>), conditions, the
/// form and its fields, and sub-processes.
/// </summary>
internal sealed partial class DefinitionChecker(IExpressionEngine expressions, IFormDefinitions forms, AssigneeCheck assignees)
{
    /// <summary>Finds the latest published version of a process (sub-process checks).</summary>
    public delegate Task<PublishedProcess?> LatestLookup(string key, CancellationToken cancellationToken);

    public async Task<IReadOnlyList<DefinitionProblem>> CheckAsync(ProcessDefinition definition, LatestLookup latest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new Problems();
        if (string.IsNullOrEmpty(definition.Key) || definition.Key.Length > 100 || !KeyPattern().IsMatch(definition.Key))
        {
            problems.Add(DefinitionCodes.KeyInvalid, "key", $"The key '{definition.Key}' must be 1–100 lower-case letters, digits, '-', '_' and '.', starting with a letter or digit.");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add(DefinitionCodes.Required, "name", "The process needs a name.");
        }

        var form = await FormAsync(definition.FormKey, problems, cancellationToken);
        var nodes = NotNull(definition.Nodes, "nodes", problems);
        var flows = NotNull(definition.Flows, "flows", problems);
        StructureCheck.Check(nodes, flows, problems);
        for (var i = 0; i < nodes.Count; i++)
        {
            await NodeAsync(definition, nodes[i], $"nodes[{i}]", form, latest, problems, cancellationToken);
        }

        var types = nodes.Where(n => n.Id is not null).GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        for (var f = 0; f < flows.Count; f++)
        {
            if (flows[f].Condition is { } condition && flows[f].From is { } from && types.GetValueOrDefault(from) == NodeType.Exclusive && !string.IsNullOrWhiteSpace(condition))
            {
                Condition(condition, $"flows[{f}].condition", form, problems);
            }
        }

        return problems.List;
    }

    private static IReadOnlyList<T> NotNull<T>(IReadOnlyList<T>? list, string path, Problems problems)
        where T : class
    {
        if (list is null)
        {
            problems.Add(DefinitionCodes.Required, path, $"'{path}' is required.");
            return [];
        }

        var complete = true;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                problems.Add(DefinitionCodes.Required, $"{path}[{i}]", $"{path}[{i}] is empty.");
                complete = false;
            }
        }

        // With holes the indexes would not match the document; the rest is checked once they are filled.
        return complete ? list : [];
    }

    private async Task<FormContext> FormAsync(string? formKey, Problems problems, CancellationToken cancellationToken)
    {
        if (formKey is null)
        {
            return new FormContext(Declared: false, Facts: null);
        }

        var form = string.IsNullOrWhiteSpace(formKey) ? null : await forms.FindAsync(formKey, null, cancellationToken);
        if (form is null)
        {
            problems.Add(DefinitionCodes.FormUnknown, "formKey", $"There is no published form '{formKey}'.");
            return new FormContext(Declared: true, Facts: null);
        }

        return new FormContext(Declared: true, FormFacts.Of(form));
    }

    private async Task NodeAsync(ProcessDefinition definition, NodeDefinition node, string path, FormContext form, LatestLookup latest, Problems problems, CancellationToken cancellationToken)
    {
        NotApplicable(node, path, problems);
        switch (node.Type)
        {
            case NodeType.Approval:
                Approval(node, path, form, problems);
                break;
            case NodeType.Notify:
                if (node.Recipients is not { Count: > 0 } recipients)
                {
                    problems.Add(DefinitionCodes.NotifyMissingRecipients, path + ".recipients", $"Notify node '{node.Id}' needs at least one recipient rule.");
                }
                else
                {
                    for (var j = 0; j < recipients.Count; j++)
                    {
                        assignees.Check(recipients[j], $"{path}.recipients[{j}]", form, problems);
                    }
                }

                break;
            case NodeType.SubProcess:
                await SubProcessAsync(definition, node, path, latest, problems, cancellationToken);
                break;
        }

        if (node.FormProfile is { } profile && node.Type is NodeType.Start or NodeType.Approval)
        {
            foreach (var key in (profile.Fields ?? new Dictionary<string, FieldAccess>()).Keys.Order(StringComparer.Ordinal))
            {
                if (!form.Declared)
                {
                    problems.Add(DefinitionCodes.ProfileUnknownField, $"{path}.formProfile.fields.{key}", $"The profile names field '{key}' but the process has no form (formKey).");
                }
                else if (form.Facts is { } facts && !facts.HasPath(key))
                {
                    problems.Add(DefinitionCodes.ProfileUnknownField, $"{path}.formProfile.fields.{key}", $"Form '{facts.Key}' has no field '{key}' (sub-table columns are written 'table.column').");
                }
            }
        }
    }

    /// <summary>Settings that the node's type does not use are refused rather than silently ignored.</summary>
    private static void NotApplicable(NodeDefinition node, string path, Problems problems)
    {
        void Refuse(string property, string usedBy) =>
            problems.Add(DefinitionCodes.SettingNotApplicable, $"{path}.{property}", $"'{property}' applies to {usedBy} only; node '{node.Id}' is of type '{WorkflowJson.Name(node.Type)}'.");

        if (node.Approval is not null && node.Type != NodeType.Approval)
        {
            Refuse("approval", "approval nodes");
        }

        if (node.Recipients is not null && node.Type != NodeType.Notify)
        {
            Refuse("recipients", "notify nodes");
        }

        if (node.SubProcessKey is not null && node.Type != NodeType.SubProcess)
        {
            Refuse("subProcessKey", "sub-process nodes");
        }

        if (node.FormProfile is not null && node.Type is not (NodeType.Start or NodeType.Approval))
        {
            Refuse("formProfile", "start and approval nodes");
        }
    }

    private void Approval(NodeDefinition node, string path, FormContext form, Problems problems)
    {
        path += ".approval";
        if (node.Approval is not { } approval)
        {
            problems.Add(DefinitionCodes.ApprovalMissing, path, $"Approval node '{node.Id}' needs approval settings (assignees and mode).");
            return;
        }

        if (approval.Assignees is not { Count: > 0 } rules)
        {
            problems.Add(DefinitionCodes.ApprovalMissing, path + ".assignees", $"Approval node '{node.Id}' needs at least one assignee rule.");
            rules = [];
        }

        for (var j = 0; j < rules.Count; j++)
        {
            assignees.Check(rules[j], $"{path}.assignees[{j}]", form, problems);
        }

        Mode(approval, rules, path, problems);
        Duration(approval.Deadline, path + ".deadline", problems);
        if (approval.OnTimeout is { } timeout)
        {
            Timeout(timeout, approval.Deadline is not null, path + ".onTimeout", problems);
        }
    }

    private static void Mode(ApprovalSettings approval, IReadOnlyList<AssigneeRule> rules, string path, Problems problems)
    {
        var mode = approval.Mode;

        // When every rule names a member, the number of assignees is known now.
        var fixedCount = rules.Count > 0 && rules.All(r => r?.Kind == AssigneeKind.Member && r.Value is not null)
            ? rules.Select(r => r.Value).Distinct(StringComparer.Ordinal).Count()
            : (int?)null;
        if (mode == ApprovalMode.Count)
        {
            if (approval.Count is not { } count || count < 1)
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".count", "The count mode needs 'count', the approvals needed, of at least 1.");
            }
            else if (fixedCount is { } known && count > known)
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".count", $"The node needs {count} approvals but names only {known} assignees.");
            }
        }
        else if (approval.Count is not null)
        {
            problems.Add(DefinitionCodes.ModeSettings, path + ".count", $"'count' applies to the count mode only; the mode is '{WorkflowJson.Name(mode)}'.");
        }

        if (mode == ApprovalMode.Ratio)
        {
            if (approval.Ratio is not { } ratio || ratio <= 0 || ratio > 1)
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".ratio", "The ratio mode needs 'ratio', the share of assignees that must approve, greater than 0 and at most 1.");
            }
        }
        else if (approval.Ratio is not null)
        {
            problems.Add(DefinitionCodes.ModeSettings, path + ".ratio", $"'ratio' applies to the ratio mode only; the mode is '{WorkflowJson.Name(mode)}'.");
        }

        if (approval.RejectThreshold is { } threshold)
        {
            if (mode is not (ApprovalMode.Count or ApprovalMode.Ratio))
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".rejectThreshold", $"'rejectThreshold' applies to the count and ratio modes only; in mode '{WorkflowJson.Name(mode)}' one rejection rejects.");
            }
            else if (threshold < 1)
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".rejectThreshold", "'rejectThreshold' must be at least 1.");
            }
            else if (fixedCount is { } known && threshold > known)
            {
                problems.Add(DefinitionCodes.ModeSettings, path + ".rejectThreshold", $"'rejectThreshold' is {threshold} but the node names only {known} assignees.");
            }
        }
    }

    private static void Duration(Duration? duration, string path, Problems problems)
    {
        if (duration is not null && duration.Amount <= 0)
        {
            problems.Add(DefinitionCodes.DurationInvalid, path + ".amount", $"A duration needs a positive amount (got {duration.Amount}).");
        }
    }

    private void Timeout(TimeoutBehavior timeout, bool hasDeadline, string path, Problems problems)
    {
        if (!hasDeadline)
        {
            problems.Add(DefinitionCodes.TimeoutInvalid, path, "'onTimeout' needs a 'deadline' on the node.");
        }

        Duration(timeout.RemindBefore, path + ".remindBefore", problems);
        Duration(timeout.UrgeEvery, path + ".urgeEvery", problems);
        if (timeout.Action == TimeoutAction.Escalate)
        {
            if (string.IsNullOrWhiteSpace(timeout.EscalateToRole))
            {
                problems.Add(DefinitionCodes.TimeoutInvalid, path + ".escalateToRole", "The escalate action needs 'escalateToRole', the role whose holders receive the work.");
            }
            else
            {
                assignees.RoleOfKind(timeout.EscalateToRole, kind: null, path + ".escalateToRole", DefinitionCodes.TimeoutInvalid, problems);
            }
        }
        else if (timeout.EscalateToRole is not null)
        {
            problems.Add(DefinitionCodes.TimeoutInvalid, path + ".escalateToRole", "'escalateToRole' applies to the escalate action only.");
        }

        if (timeout.Action == TimeoutAction.Transfer)
        {
            if (string.IsNullOrWhiteSpace(timeout.TransferTo))
            {
                problems.Add(DefinitionCodes.TimeoutInvalid, path + ".transferTo", "The transfer action needs 'transferTo', the member id that receives the work.");
            }
            else
            {
                assignees.MemberExists(timeout.TransferTo, path + ".transferTo", DefinitionCodes.TimeoutInvalid, problems);
            }
        }
        else if (timeout.TransferTo is not null)
        {
            problems.Add(DefinitionCodes.TimeoutInvalid, path + ".transferTo", "'transferTo' applies to the transfer action only.");
        }
    }

    private static async Task SubProcessAsync(ProcessDefinition definition, NodeDefinition node, string path, LatestLookup latest, Problems problems, CancellationToken cancellationToken)
    {
        path += ".subProcessKey";
        if (string.IsNullOrWhiteSpace(node.SubProcessKey))
        {
            problems.Add(DefinitionCodes.SubProcessMissing, path, $"Sub-process node '{node.Id}' needs 'subProcessKey', the key of a published process.");
            return;
        }

        if (node.SubProcessKey == definition.Key)
        {
            problems.Add(DefinitionCodes.SubProcessRecursive, path, $"Node '{node.Id}' runs process '{definition.Key}' inside itself.");
            return;
        }

        var sub = await latest(node.SubProcessKey, cancellationToken);
        if (sub is null)
        {
            problems.Add(DefinitionCodes.SubProcessUnknown, path, $"There is no published process '{node.SubProcessKey}'.");
            return;
        }

        // The chain of sub-processes (latest versions, as they would run) must not lead back to this process.
        var seen = new HashSet<string>(StringComparer.Ordinal) { sub.Key };
        var queue = new Queue<(PublishedProcess Process, string Chain)>([(sub, $"{definition.Key} → {sub.Key}")]);
        while (queue.TryDequeue(out var item))
        {
            foreach (var key in item.Process.Definition.Nodes.Where(n => n.Type == NodeType.SubProcess && n.SubProcessKey is not null).Select(n => n.SubProcessKey!))
            {
                if (key == definition.Key)
                {
                    problems.Add(DefinitionCodes.SubProcessRecursive, path, $"Sub-processes lead back to this process: {item.Chain} → {key}.");
                    return;
                }

                if (seen.Add(key) && await latest(key, cancellationToken) is { } next)
                {
                    queue.Enqueue((next, $"{item.Chain} → {key}"));
                }
            }
        }
    }

    private void Condition(string condition, string path, FormContext form, Problems problems)
    {
        var syntax = expressions.Check(condition);
        foreach (var error in syntax)
        {
            problems.Add(DefinitionCodes.ConditionInvalid, path, $"{error.Message} at {error.Line}:{error.Column}.");
        }

        if (syntax.Count > 0 || !form.Known)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, member) in ConditionNames.Of(condition))
        {
            if (name == FormFacts.Applicant)
            {
                continue;
            }

            var unknown = form.Facts is { } facts
                ? facts.Unknown(name, member)
                : $"'{name}' is not a name a condition may read: the process has no form, so only '{FormFacts.Applicant}' is known.";
            if (unknown is not null && reported.Add(unknown))
            {
                problems.Add(DefinitionCodes.ConditionUnknownField, path, unknown);
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex KeyPattern();
}
