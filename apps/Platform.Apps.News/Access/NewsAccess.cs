using Platform.Apps.News.Categories;
using Platform.Contracts.Errors;
using Platform.Contracts.Identity;
using Platform.Contracts.Organization.Permissions;
using Platform.Contracts.Organization.Roles;
using Platform.Contracts.Scheduling;

namespace Platform.Apps.News.Access;

/// <summary>
/// Who may do what in News, answered from the organisation engine's principal tokens
/// (<see cref="IPermissionService.PrincipalTokensOf"/>): a member is an editor, reviewer or reader of a category when
/// one of the tokens they hold is in the category's list. Administrators and the system user (scheduled jobs) may do
/// everything. Scoped: the current member's tokens are read once per request.
/// </summary>
internal sealed class NewsAccess(ICurrentUser user, IPermissionService permissions)
{
    private IReadOnlySet<string>? _tokens;

    /// <summary>The current member's id; throws when nobody is signed in.</summary>
    public string MemberId => user.IsAuthenticated && user.UserId is { } id
        ? id
        : throw new PlatformException(ErrorCodes.Unauthenticated, "Sign in first.", ErrorKind.Unauthenticated);

    /// <summary>Administrators and the system user.</summary>
    public bool IsAdministrator =>
        user.IsAuthenticated && (user.IsInRole(WellKnownRoles.Administrator) || user.UserId == ScheduledJobContext.SystemUserId);

    /// <summary>Whether the current member is a real member (not the system user), i.e. leaves read receipts.</summary>
    public bool IsMember => user.IsAuthenticated && user.UserId is { } id && id != ScheduledJobContext.SystemUserId;

    public bool CanEdit(Category category) => IsAdministrator || Holds(category.Editors);

    public bool CanReview(Category category) => IsAdministrator || Holds(category.Reviewers);

    /// <summary>Readers, and the category's editors and reviewers (who cannot work on what they cannot read).</summary>
    public bool CanRead(Category category) => IsAdministrator || Holds(category.Readers) || Holds(category.Editors) || Holds(category.Reviewers);

    public void RequireAdministrator()
    {
        if (!IsAdministrator)
        {
            throw Forbidden("Only administrators manage news categories.");
        }
    }

    public void RequireEditor(Category category)
    {
        if (!CanEdit(category))
        {
            throw Forbidden($"Only editors of category '{category.Key}' may do this.");
        }
    }

    public void RequireReviewer(Category category)
    {
        if (!CanReview(category))
        {
            throw Forbidden($"Only reviewers of category '{category.Key}' may do this.");
        }
    }

    private static PlatformException Forbidden(string message) => new(ErrorCodes.Forbidden, message, ErrorKind.Forbidden);

    private bool Holds(List<string> granted)
    {
        if (granted.Count == 0 || !IsMember)
        {
            return false;
        }

        _tokens ??= permissions.PrincipalTokensOf(MemberId);
        return granted.Exists(_tokens.Contains);
    }
}
