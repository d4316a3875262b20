namespace Platform.Core.Workflow.Definitions;

/// <summary>The stable codes of definition problems (docs/workflow.md lists each with its meaning).</summary>
internal static class DefinitionCodes
{
    public const string Invalid = "workflow.definition_invalid";
    public const string NotFound = "workflow.definition_not_found";

    private const string Prefix = "workflow.definition.";

    public const string Required = Prefix + "required";
    public const string KeyInvalid = Prefix + "key_invalid";
    public const string IdInvalid = Prefix + "id_invalid";
    public const string DuplicateNode = Prefix + "duplicate_node";
    public const string DuplicateFlow = Prefix + "duplicate_flow";
    public const string NoStart = Prefix + "no_start";
    public const string SeveralStarts = Prefix + "several_starts";
    public const string NoEnd = Prefix + "no_end";
    public const string UnknownNode = Prefix + "unknown_node";
    public const string UnreachableNode = Prefix + "unreachable_node";
    public const string DeadEnd = Prefix + "dead_end";
    public const string SeveralOutgoing = Prefix + "several_outgoing";
    public const string StartHasIncoming = Prefix + "start_has_incoming";
    public const string EndHasOutgoing = Prefix + "end_has_outgoing";
    public const string ExclusiveWithoutDefault = Prefix + "exclusive_without_default";
    public const string SeveralDefaults = Prefix + "several_defaults";
    public const string DefaultOnNonExclusive = Prefix + "default_on_non_exclusive";
    public const string ConditionMissing = Prefix + "condition_missing";
    public const string ConditionOnNonExclusive = Prefix + "condition_on_non_exclusive";
    public const string ConditionInvalid = Prefix + "condition_invalid";
    public const string ConditionUnknownField = Prefix + "condition_unknown_field";
    public const string SplitTooFewBranches = Prefix + "split_too_few_branches";
    public const string JoinTooFewBranches = Prefix + "join_too_few_branches";
    public const string JoinWithoutSplit = Prefix + "join_without_split";
    public const string SplitWithoutJoin = Prefix + "split_without_join";
    public const string JoinMismatch = Prefix + "join_mismatch";
    public const string EndInParallel = Prefix + "end_in_parallel";
    public const string SettingNotApplicable = Prefix + "setting_not_applicable";
    public const string ApprovalMissing = Prefix + "approval_missing";
    public const string ModeSettings = Prefix + "mode_settings";
    public const string AssigneeInvalid = Prefix + "assignee_invalid";
    public const string NotifyMissingRecipients = Prefix + "notify_missing_recipients";
    public const string SubProcessMissing = Prefix + "subprocess_missing";
    public const string SubProcessUnknown = Prefix + "subprocess_unknown";
    public const string SubProcessRecursive = Prefix + "subprocess_recursive";
    public const string DurationInvalid = Prefix + "duration_invalid";
    public const string TimeoutInvalid = Prefix + "timeout_invalid";
    public const string FormUnknown = Prefix + "form_unknown";
    public const string ProfileUnknownField = Prefix + "profile_unknown_field";
}
