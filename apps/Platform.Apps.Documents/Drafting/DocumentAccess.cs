using Microsoft.EntityFrameworkCore;
using Platform.Apps.Documents.Persistence;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Permissions;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Workflow.Runtime;

namespace Platform.Apps.Documents.Drafting;

/// <summary>
/// Who may do what with a document. Administrators may do everything; the drafter reads and (while it is a draft or
/// returned) changes it; workflow participants (holders of a work item of its instance) read it with the field
/// permissions of their node; members of a department it was distributed to read it and sign for it.
/// </summary>
internal sealed class DocumentAccess(
    ICurrentUser user,
    IRoleResolver roles,
    IMemberDirectory members,
    IWorkflowQueries workflow,
    DocumentsDbContext db)
{
    public string UserId => user.UserId ?? throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);

    public bool IsAdministrator => roles.HoldersOf(WellKnownRoles.Administrator).Contains(UserId, StringComparer.Ordinal);

    public void RequireAdministrator()
    {
        if (!IsAdministrator)
        {
            throw DocumentErrors.Forbidden("Only administrators may do this.");
        }
    }

    /// <summary>The departments the current member holds a position in.</summary>
    public IReadOnlySet<string> MyDepartments() =>
        members.FindMember(UserId)?.Positions.Select(p => p.DepartmentId).ToHashSet(StringComparer.Ordinal) ?? [];

    public bool IsDrafterOrAdministrator(Document document) => document.DrafterId == UserId || IsAdministrator;

    public void RequireDrafterOrAdministrator(Document document)
    {
        if (!IsDrafterOrAdministrator(document))
        {
            throw DocumentErrors.Forbidden($"Only the drafter or an administrator may do this with document '{document.Id}'.");
        }
    }

    /// <summary>
    /// The field permissions the current member reads the document with: null (everything) for administrators, the
    /// drafter and recipients; the node's profile for a workflow participant (of <paramref name="workItemId"/> when
    /// given, else of their latest work item). Throws 403 when the member may not read the document at all.
    /// </summary>
    public async Task<ReadAccess> ReadAsync(Document document, string? workItemId, CancellationToken cancellationToken)
    {
        if (workItemId is not null)
        {
            var item = await workflow.WorkItemAsync(workItemId, cancellationToken);
            if (item is null || item.InstanceId != document.InstanceId || item.AssigneeId != UserId)
            {
                throw DocumentErrors.Forbidden($"Work item '{workItemId}' is not yours or not of document '{document.Id}'.");
            }

            return new ReadAccess(await workflow.ProfileAsync(workItemId, cancellationToken) ?? ReadOnlyProfile, item);
        }

        if (IsDrafterOrAdministrator(document))
        {
            return new ReadAccess(null, null);
        }

        var departments = MyDepartments();
        if (await db.Distributions.AnyAsync(d => d.DocumentId == document.Id && departments.Contains(d.DepartmentId), cancellationToken))
        {
            return new ReadAccess(null, null);
        }

        if (document.InstanceId is { } instanceId)
        {
            var mine = (await workflow.InstanceWorkItemsAsync(instanceId, cancellationToken)).LastOrDefault(i => i.AssigneeId == UserId);
            if (mine is not null)
            {
                return new ReadAccess(await workflow.ProfileAsync(mine.Id, cancellationToken) ?? ReadOnlyProfile, mine);
            }
        }

        throw DocumentErrors.Forbidden($"You may not read document '{document.Id}'.");
    }

    /// <summary>What a reviewer sees when the node has no profile: every field, read-only.</summary>
    private static FieldPermissionProfile ReadOnlyProfile { get; } = new(new Dictionary<string, FieldAccess>(), FieldAccess.ReadOnly);
}

/// <summary>How the current member reads a document: the profile (null: everything) and the work item it came from.</summary>
internal sealed record ReadAccess(FieldPermissionProfile? Profile, WorkItem? WorkItem);
