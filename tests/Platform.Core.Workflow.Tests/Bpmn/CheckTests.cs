using System.Text;
using Platform.Contracts.Workflow.Definitions;
using static Platform.Core.Workflow.Tests.Bpmn.BpmnSupport;

namespace Platform.Core.Workflow.Tests.Bpmn;

/// <summary>The importer as the engine registers it: the result is checked like a definition sent for publishing.</summary>
public sealed class CheckTests
{
    [Test]
    public async Task The_registered_importer_checks_the_definition_and_each_sub_process()
    {
        var xml = Document(
            """
                <startEvent id="start"/>
                <subProcess id="review">
                  <startEvent id="rs"/>
                  <userTask id="check"/>
                  <endEvent id="re"/>
                  <sequenceFlow id="r1" sourceRef="rs" targetRef="check"/>
                  <sequenceFlow id="r2" sourceRef="check" targetRef="re"/>
                </subProcess>
                <userTask id="approve"/>
                <endEvent id="end"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                <sequenceFlow id="f2" sourceRef="review" targetRef="approve"/>
                <sequenceFlow id="f3" sourceRef="approve" targetRef="end"/>
            """);

        var result = await Harness.WithAsync<IBpmnImporter, BpmnImportResult>(null, importer =>
            importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(xml)), new BpmnImportOptions(), CancellationToken.None));

        Assert.That(result.Checked, Is.True);
        Assert.That(result.Problems.Select(p => (p.Code, p.Path)), Is.SupersetOf(new[]
        {
            ("workflow.definition.approval_missing", "nodes[2].approval.assignees"),
            ("workflow.definition.approval_missing", "subProcesses[0].nodes[1].approval.assignees"),
        }));
    }

    [Test]
    public async Task Without_checks_nothing_is_checked()
    {
        var result = await Harness.WithAsync<IBpmnImporter, BpmnImportResult>(null, importer =>
            importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Document("<startEvent id=\"start\"/>"))), new BpmnImportOptions { Check = false }, CancellationToken.None));

        Assert.That(result.Checked, Is.False);
        Assert.That(result.Problems, Is.Empty);
    }
}
