using System.Xml;
using System.Xml.Linq;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>
/// The BPMN import (docs/workflow.md, "BPMN import"): picks the process, maps it with <see cref="BpmnMapper"/>, reports
/// everything else in the file, and runs the definition checks when they are available and asked for.
/// </summary>
/// <param name="expressions">Decides whether a condition is valid in the expression language.</param>
/// <param name="definitions">The definition checks; null where the engine is not running (the command line without a database).</param>
internal sealed class BpmnImporter(IExpressionEngine expressions, IProcessDefinitions? definitions) : IBpmnImporter
{
    public async Task<BpmnImportResult> ImportAsync(Stream bpmn, BpmnImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bpmn);
        ArgumentNullException.ThrowIfNull(options);
        var document = await BpmnReader.ReadAsync(bpmn, cancellationToken);
        var root = document.Root!;
        var processes = root.Elements(BpmnNames.Model + "process").ToList();
        if (processes.Count == 0)
        {
            var info = (IXmlLineInfo)root;
            throw BpmnReader.Invalid("The file has no process: nothing to import (a collaboration alone describes no process).", info.LineNumber, info.LinePosition);
        }

        var process = processes.FirstOrDefault(p => p.Attribute("isExecutable")?.Value.Trim() == "true") ?? processes[0];
        var processId = process.Attribute("id")?.Value ?? "process";
        var language = root.Attribute("expressionLanguage")?.Value is { Length: > 0 } declared ? declared : BpmnNames.XPath;
        var report = new BpmnReport();
        var mapper = new BpmnMapper(report, expressions, language);

        report.Mapped(root, "the file (BPMN definitions); conditions default to " + language);
        mapper.ReportAttributes(root);
        ReportRoot(root, process, report, mapper);

        var key = options.Key is { Length: > 0 } k ? k : BpmnNames.Key(processId);
        var name = options.Name is { Length: > 0 } n ? n : BpmnMapper.Name(process) ?? processId;
        var description = process.Element(BpmnNames.Model + "documentation")?.Value.Trim() is { Length: > 0 } d ? d : null;
        report.Mapped(process, $"the definition '{key}'" + (process.Attribute("isExecutable")?.Value.Trim() == "true" ? "" : " (the file marks it not executable)"));
        mapper.ReportAttributes(process);
        var definition = mapper.Map(process, key, name, description);
        Sweep(document, report);

        var problems = new List<DefinitionProblem>();
        var check = options.Check && definitions is not null;
        if (check)
        {
            problems.AddRange(await definitions!.CheckAsync(definition, cancellationToken));
            for (var i = 0; i < mapper.SubProcesses.Count; i++)
            {
                var prefix = $"subProcesses[{i}].";
                problems.AddRange((await definitions.CheckAsync(mapper.SubProcesses[i], cancellationToken)).Select(p => p with { Path = prefix + p.Path }));
            }
        }

        return new BpmnImportResult
        {
            Definition = definition,
            SubProcesses = mapper.SubProcesses,
            Report = report.ToReport(),
            Problems = problems,
            Checked = check,
        };
    }

    /// <summary>Everything beside the imported process: other processes, pools, messages, resources, diagrams, extensions.</summary>
    private static void ReportRoot(XElement root, XElement process, BpmnReport report, BpmnMapper mapper)
    {
        foreach (var child in root.Elements().Where(c => c != process))
        {
            var ns = child.Name.NamespaceName;
            if (BpmnNames.Diagram.Contains(ns))
            {
                report.Unmapped(child, "not mapped: diagram interchange (layout), ignored; its shapes and edges are not listed one by one");
                continue;
            }

            if (child.Name.Namespace != BpmnNames.Model)
            {
                report.UnmappedTree(child, "vendor extension, not mapped");
                continue;
            }

            var id = process.Attribute("id")?.Value;
            switch (child.Name.LocalName)
            {
                case "extensionElements":
                    mapper.ReportExtensions(child);
                    break;
                case "process":
                    report.UnmappedTree(child, $"not mapped: another process; only '{id}' is imported (the first executable one, else the first)");
                    break;
                case "collaboration":
                    report.UnmappedTree(child, "not mapped: pools (participants) and message flows have no counterpart");
                    break;
                case "resource":
                    report.UnmappedTree(child, "not mapped: BPMN resources are not organisation members, departments or roles");
                    break;
                default:
                    report.UnmappedTree(child, $"not mapped: {child.Name.LocalName} (a supporting definition the model does not use)");
                    break;
            }
        }
    }

    /// <summary>A safety net: any element with an id that no rule reported is reported now, so nothing is dropped silently.</summary>
    private static void Sweep(XDocument document, BpmnReport report)
    {
        foreach (var element in document.Descendants().Where(e => e.Attribute("id") is not null && !report.Seen(e)))
        {
            if (!element.AncestorsAndSelf().Any(a => BpmnNames.Diagram.Contains(a.Name.NamespaceName)))
            {
                report.Unmapped(element, BpmnReport.Unclassified);
            }
        }
    }
}
