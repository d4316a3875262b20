using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Import;

namespace Platform.Core.Organization.Import;

/// <summary>
/// Writes a plan in an order the foreign keys accept — units, departments, posts, levels, members, positions, roles and
/// holders, groups and their members — then raises the organisation's version. The caller owns the transaction.
/// </summary>
internal static class PlanWriter
{
    public static async Task WriteAsync(ImportPlan plan, OrgRowWriter writer, long readVersion, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var stage = new StageProgress(progress, ct);

        await RunAsync(stage, "writing units", plan.Units.Count, async () =>
        {
            await stage.EachAsync(plan.Units.Inserts, writer.InsertUnitAsync);
            await stage.EachAsync(plan.Units.Updates, writer.UpdateUnitAsync);
        });
        await RunAsync(stage, "writing departments", plan.Departments.Count, async () =>
        {
            await stage.EachAsync(plan.Departments.Inserts, writer.InsertDepartmentAsync);
            await stage.EachAsync(plan.Departments.Updates, writer.UpdateDepartmentAsync);
        });
        await RunAsync(stage, "writing posts", plan.Posts.Count, async () =>
        {
            await stage.EachAsync(plan.Posts.Inserts, writer.InsertPostAsync);
            await stage.EachAsync(plan.Posts.Updates, writer.UpdatePostAsync);
        });
        await RunAsync(stage, "writing levels", plan.Levels.Count, async () =>
        {
            // Stored levels changing rank step aside first; updates come before inserts, which may take a freed rank.
            var free = plan.FreeRankBelow;
            foreach (var level in plan.RankMoves)
            {
                await writer.MoveLevelRankAsync(level.Id, free--, ct);
            }

            await stage.EachAsync(plan.Levels.Updates, writer.UpdateLevelAsync);
            await stage.EachAsync(plan.Levels.Inserts, writer.InsertLevelAsync);
        });
        await RunAsync(stage, "writing members", plan.Members.Count, async () =>
        {
            // The same for logins: changing ones step aside, updates free them, inserts may take them.
            foreach (var member in plan.LoginMoves)
            {
                await writer.MoveMemberLoginAsync(member.Id, ct);
            }

            await stage.EachAsync(plan.Members.Updates, writer.UpdateMemberAsync);
            await stage.EachAsync(plan.Members.Inserts, writer.InsertMemberAsync);
        });
        await RunAsync(stage, "writing positions", plan.Positions.Count, async () =>
        {
            await stage.EachAsync(plan.Positions.Deletes, writer.DeletePositionsAsync);
            await stage.EachAsync(plan.Positions.Inserts, writer.InsertPositionAsync);
        });
        await RunAsync(stage, "writing roles", plan.Roles.Count + plan.Holders.Count, async () =>
        {
            await stage.EachAsync(plan.Roles.Inserts, writer.InsertRoleAsync);
            await stage.EachAsync(plan.Roles.Updates, writer.UpdateRoleAsync);
            await stage.EachAsync(plan.Holders.Deletes, writer.DeleteHolderAsync);
            await stage.EachAsync(plan.Holders.Inserts, writer.InsertHolderAsync);
        });
        await RunAsync(stage, "writing groups", plan.Groups.Count + plan.GroupMembers.Count, async () =>
        {
            await stage.EachAsync(plan.Groups.Inserts, writer.InsertGroupAsync);
            await stage.EachAsync(plan.Groups.Updates, writer.UpdateGroupAsync);
            await stage.EachAsync(plan.GroupMembers.Deletes, writer.DeleteGroupMemberAsync);
            await stage.EachAsync(plan.GroupMembers.Inserts, writer.InsertGroupMemberAsync);
        });

        if (!await writer.BumpVersionAsync(readVersion, ct))
        {
            throw new PlatformException(ErrorCodes.ConcurrencyConflict, "The organisation was changed while the import ran; nothing was written. Run it again.", ErrorKind.Conflict);
        }
    }

    private static async Task RunAsync(StageProgress stage, string name, int rows, Func<Task> write)
    {
        if (rows == 0)
        {
            return;
        }

        stage.Start(name, rows);
        await write();
        stage.End();
    }
}
