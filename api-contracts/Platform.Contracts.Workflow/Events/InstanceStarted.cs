using MediatR;

namespace Platform.Contracts.Workflow.Events;

/// <summary>Published after the commit that started an instance.</summary>
/// <param name="InstanceId">Instance.</param>
/// <param name="ProcessKey">Definition key.</param>
/// <param name="App">Owning app, if any.</param>
/// <param name="RecordId">Form record, if any.</param>
/// <param name="SubmitterId">Submitter.</param>
public sealed record InstanceStarted(string InstanceId, string ProcessKey, string? App, string? RecordId, string SubmitterId) : INotification;
