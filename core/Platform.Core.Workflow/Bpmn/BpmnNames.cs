using System.Text;
using System.Xml.Linq;

namespace Platform.Core.Workflow.Bpmn;

/// <summary>Namespaces, expression languages and the id and key rules of the BPMN import.</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Diagram interchange namespaces: shapes and edges carry no process meaning.</summary>
    public static readonly IReadOnlySet<string> Diagram = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://www.omg.org/spec/BPMN/20100524/DI",
        "http://www.omg.org/spec/DD/20100524/DI",
        "http://www.omg.org/spec/DD/20100524/DC",
    };

    /// <summary>The expression language of the BPMN specification when <c>definitions</c> names none.</summary>
    public const string XPath = "http://www.w3.org/1999/XPath";

    /// <summary>The language URI a BPMN file may declare for conditions written in the platform's expression language (docs/expressions.md).</summary>
    public const string PlatformExpressions = "urn:platform:expressions";

    /// <summary>
    /// Languages other engines execute; conditions in them are never taken over, whatever they look like. Compared
    /// case-insensitively, whole URI or its last segment.
    /// </summary>
    private static readonly string[] Foreign =
    [
        XPath, "xpath", "http://www.omg.org/spec/FEEL/20140401", "https://www.omg.org/spec/DMN/20191111/FEEL/", "feel",
        "http://www.w3.org/1999/xpath", "juel", "http://java.sun.com/products/jsp/", "http://www.jcp.org/en/jsr/detail?id=245", "javascript", "ecmascript", "groovy",
        "python", "jython", "mvel", "java", "spel", "uel", "jsonpath", "sql",
    ];

    /// <summary>Vendor namespaces whose <c>assignee</c> attribute names a user (Camunda 7, Activiti, Flowable).</summary>
    public static readonly IReadOnlySet<string> AssigneeVendors = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://camunda.org/schema/1.0/bpmn", "http://activiti.org/bpmn", "http://flowable.org/bpmn",
    };

    public static bool IsForeignLanguage(string language)
    {
        var lower = language.Trim().ToLowerInvariant();
        var last = lower.TrimEnd('/').Split('/', ':').Last();
        return lower.Contains("feel", StringComparison.Ordinal) || lower.Contains("xpath", StringComparison.Ordinal)
            || Foreign.Any(f => f.Equals(lower, StringComparison.OrdinalIgnoreCase) || f.Equals(last, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A definition key from a BPMN id: lower-case letters, digits, <c>-</c>, <c>_</c>, <c>.</c>; other characters become <c>-</c>.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.' ? c : '-');
        }

        var key = builder.ToString().Trim('-', '.', '_');
        return key.Length == 0 ? "process" : key;
    }

    /// <summary>A node or flow id from a BPMN id: letters, digits, <c>-</c>, <c>_</c>; other characters become <c>_</c>.</summary>
    public static string Id(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return builder.Length == 0 ? "_" : builder.ToString();
    }

    /// <summary>How the report names an element's kind: the BPMN local name, or <c>prefix:name</c> for other namespaces.</summary>
    public static string TypeOf(XElement element) =>
        element.Name.Namespace == Model ? element.Name.LocalName : Qualified(element, element.Name);

    public static string Qualified(XElement scope, XName name) =>
        name.Namespace == XNamespace.None
            ? name.LocalName
            : (scope.GetPrefixOfNamespace(name.Namespace) ?? name.NamespaceName) + ":" + name.LocalName;
}
