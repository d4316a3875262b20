using Platform.Contracts.Errors;

namespace Platform.Core.Workflow.Runtime;

/// <summary>Stable error codes of the workflow runtime (docs/workflow.md lists them) and the exceptions that carry them.</summary>
internal static class WorkflowErrors
{
    public const string InstanceNotFound = "workflow.instance_not_found";
    public const string WorkItemNotFound = "workflow.work_item_not_found";
    public const string WorkItemNotOpen = "workflow.work_item_not_open";
    public const string NotHolder = "workflow.not_work_item_holder";
    public const string InstanceNotRunning = "workflow.instance_not_running";
    public const string Conflict = "workflow.conflict";
    public const string NotAllowed = "workflow.action_not_allowed";
    public const string RejectTargetInvalid = "workflow.reject_target_invalid";
    public const string WithdrawNotAllowed = "workflow.withdraw_not_allowed";
    public const string UrgeTooSoon = "workflow.urge_rate_limited";
    public const string NoAssignee = "workflow.no_assignee";
    public const string MemberInvalid = "workflow.member_invalid";
    public const string RecordRequired = "workflow.record_required";
    public const string IdempotencyKeyReused = "workflow.idempotency_key_reused";
    public const string Unauthenticated = "workflow.unauthenticated";
    public const string AdministratorsOnly = "workflow.administrators_only";
    public const string MigrationInvalid = "workflow.migration_invalid";
    public const string SubProcessFailed = "workflow.subprocess_failed";

    public static PlatformException NotFound(string code, string what, string id) =>
        new(code, $"{what} '{id}' does not exist.", ErrorKind.NotFound);

    public static PlatformException Rule(string code, string message, string? field = null) =>
        field is null ? new(code, message, ErrorKind.Rule) : new(code, message, ErrorKind.Rule, [new FieldError(field, code, message)]);

    public static PlatformException Invalid(string code, string field, string message) =>
        new(code, message, ErrorKind.Validation, [new FieldError(field, code, message)]);

    public static PlatformException Conflicting(string code, string message) => new(code, message, ErrorKind.Conflict);
}
