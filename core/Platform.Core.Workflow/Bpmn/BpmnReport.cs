using System.Xml;
using System.Xml.Linq;
using Platform.Contracts.Workflow.Definitions;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>Collects what became of each element while a file is mapped.</summary>
internal sealed class BpmnReport
{
    private readonly List<BpmnElementNote> _mapped = [];
    private readonly List<BpmnElementNote> _unmapped = [];
    private readonly List<BpmnForeignCondition> _foreign = [];
    private readonly HashSet<XElement> _seen = [];

    /// <summary>The reason given by the final sweep to an element no rule looked at; the tests require that no file needs it.</summary>
    public const string Unclassified = "not mapped: no import rule covers this element";

    public void Mapped(XElement element, string message)
    {
        _seen.Add(element);
        _mapped.Add(Note(element, message));
    }

    public void Unmapped(XElement element, string message)
    {
        _seen.Add(element);
        _unmapped.Add(Note(element, message));
    }

    /// <summary>A vendor attribute (or one that is otherwise not mapped), reported against its element.</summary>
    public void Attribute(XElement element, XAttribute attribute, bool mapped, string message)
    {
        var note = new BpmnElementNote(
            element.Attribute("id")?.Value, BpmnNames.Qualified(element, attribute.Name), element.Attribute("name")?.Value, Line(attribute), message);
        (mapped ? _mapped : _unmapped).Add(note);
    }

    /// <summary>Reports <paramref name="element"/> and every element with an id inside it as not mapped.</summary>
    public void UnmappedTree(XElement element, string message)
    {
        Unmapped(element, message);
        var id = element.Attribute("id")?.Value ?? BpmnNames.TypeOf(element);
        foreach (var inner in element.Descendants().Where(e => e.Attribute("id") is not null && !_seen.Contains(e)))
        {
            Unmapped(inner, $"not mapped: inside {BpmnNames.TypeOf(element)} '{id}', which is not mapped");
        }
    }

    public void Foreign(string flowId, string language, string expression, XElement condition, string reason) =>
        _foreign.Add(new BpmnForeignCondition(flowId, language, expression, Line(condition), reason));

    public bool Seen(XElement element) => _seen.Contains(element);

    public BpmnImportReport ToReport() => new()
    {
        Mapped = [.. _mapped.OrderBy(n => n.Line)],
        Unmapped = [.. _unmapped.OrderBy(n => n.Line)],
        ForeignConditions = [.. _foreign.OrderBy(c => c.Line)],
    };

    private static BpmnElementNote Note(XElement element, string message) =>
        new(element.Attribute("id")?.Value, BpmnNames.TypeOf(element), element.Attribute("name")?.Value, Line(element), message);

    private static int Line(IXmlLineInfo info) => info.HasLineInfo() ? info.LineNumber : 0;
}
