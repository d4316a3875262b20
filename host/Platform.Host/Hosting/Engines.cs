using Platform.Core.Forms;
using Platform.Core.Hosting;
using Platform.Core.Organization;
using Platform.Core.Scheduling;
using Platform.Core.Workflow;

namespace Platform.Host.Hosting;

/// <summary>The engines this host links in — one list for every command that starts the kernel.</summary>
public static class Engines
{
    /// <summary>Adds every engine to the kernel.</summary>
    /// <param name="kernel">The kernel being composed.</param>
    public static void LinkAll(PlatformKernel kernel)
    {
        kernel.AddModule(new OrganizationModule(), OrganizationModule.Manifest);
        kernel.AddModule(new FormsModule(), FormsModule.Manifest);
        kernel.AddModule(new SchedulerModule(), SchedulerModule.Manifest);
        kernel.AddModule(new WorkflowModule(), WorkflowModule.Manifest);
    }
}
