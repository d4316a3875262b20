namespace Platform.Core.Workflow.Runtime;

/// <summary>Runtime settings, from <c>Modules:workflow</c>.</summary>
internal sealed class WorkflowSettings
{
    /// <summary>Shortest time between two urges of one instance by one member. Default 10 minutes.</summary>
    public TimeSpan UrgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}
