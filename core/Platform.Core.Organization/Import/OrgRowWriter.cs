using System.Data;
using System.Data.Common;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Import;

/// <summary>
/// The import's provider seam: every statement it writes, as plain, portable SQL — INSERT … VALUES, UPDATE … WHERE id,
/// DELETE … WHERE key, with quoted identifiers exactly as the EF migration names them and <c>@pN</c> parameters — run
/// through the context's own connection and transaction. Each statement is prepared once and reused for every row,
/// which is what makes writing 300,000 rows take seconds instead of the minutes change tracking would need. Values use
/// the types EF maps: text, integers, a boolean (INTEGER 0/1 on SQLite) and enums as their names. Nothing here is
/// specific to SQLite; another provider needs no change as long as it accepts these statements.
/// </summary>
internal sealed class OrgRowWriter(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    private const DbType Text = DbType.String;

    private static readonly Statement InsertUnitSql = new("""INSERT INTO "org_units" ("Id", "Code", "Name", "ShortName", "ParentId") VALUES (@p0, @p1, @p2, @p3, @p4)""", Text, Text, Text, Text, Text);
    private static readonly Statement UpdateUnitSql = new("""UPDATE "org_units" SET "Name" = @p1, "ShortName" = @p2, "ParentId" = @p3 WHERE "Id" = @p0""", Text, Text, Text, Text);
    private static readonly Statement InsertDepartmentSql = new("""INSERT INTO "org_departments" ("Id", "Code", "Name", "UnitId", "ParentId", "SortOrder") VALUES (@p0, @p1, @p2, @p3, @p4, @p5)""", Text, Text, Text, Text, Text, DbType.Int32);
    private static readonly Statement UpdateDepartmentSql = new("""UPDATE "org_departments" SET "Name" = @p1, "UnitId" = @p2, "ParentId" = @p3, "SortOrder" = @p4 WHERE "Id" = @p0""", Text, Text, Text, Text, DbType.Int32);
    private static readonly Statement InsertPostSql = new("""INSERT INTO "org_posts" ("Id", "Code", "Name") VALUES (@p0, @p1, @p2)""", Text, Text, Text);
    private static readonly Statement UpdatePostSql = new("""UPDATE "org_posts" SET "Name" = @p1 WHERE "Id" = @p0""", Text, Text);
    private static readonly Statement InsertLevelSql = new("""INSERT INTO "org_levels" ("Id", "Code", "Name", "Rank") VALUES (@p0, @p1, @p2, @p3)""", Text, Text, Text, DbType.Int32);
    private static readonly Statement UpdateLevelSql = new("""UPDATE "org_levels" SET "Name" = @p1, "Rank" = @p2 WHERE "Id" = @p0""", Text, Text, DbType.Int32);
    private static readonly Statement MoveLevelRankSql = new("""UPDATE "org_levels" SET "Rank" = @p1 WHERE "Id" = @p0""", Text, DbType.Int32);
    private static readonly Statement InsertMemberSql = new("""INSERT INTO "org_members" ("Id", "Code", "Login", "LoginKey", "Name", "Email", "Mobile", "Enabled") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)""", Text, Text, Text, Text, Text, Text, Text, DbType.Boolean);
    private static readonly Statement UpdateMemberSql = new("""UPDATE "org_members" SET "Login" = @p1, "LoginKey" = @p2, "Name" = @p3, "Email" = @p4, "Mobile" = @p5, "Enabled" = @p6 WHERE "Id" = @p0""", Text, Text, Text, Text, Text, Text, DbType.Boolean);
    private static readonly Statement MoveMemberLoginSql = new("""UPDATE "org_members" SET "LoginKey" = @p1 WHERE "Id" = @p0""", Text, Text);
    private static readonly Statement DeletePositionsSql = new("""DELETE FROM "org_positions" WHERE "MemberId" = @p0""", Text);
    private static readonly Statement InsertPositionSql = new("""INSERT INTO "org_positions" ("MemberId", "Ordinal", "DepartmentId", "PostId", "LevelId") VALUES (@p0, @p1, @p2, @p3, @p4)""", Text, DbType.Int32, Text, Text, Text);
    private static readonly Statement InsertRoleSql = new("""INSERT INTO "org_roles" ("Id", "Code", "Name", "Kind") VALUES (@p0, @p1, @p2, @p3)""", Text, Text, Text, Text);
    private static readonly Statement UpdateRoleSql = new("""UPDATE "org_roles" SET "Name" = @p1, "Kind" = @p2 WHERE "Id" = @p0""", Text, Text, Text);
    private static readonly Statement DeleteHolderSql = new("""DELETE FROM "org_role_holders" WHERE "Id" = @p0""", DbType.Int64);
    private static readonly Statement InsertHolderSql = new("""INSERT INTO "org_role_holders" ("RoleId", "MemberId", "DepartmentId") VALUES (@p0, @p1, @p2)""", Text, Text, Text);
    private static readonly Statement InsertGroupSql = new("""INSERT INTO "org_groups" ("Id", "Code", "Name") VALUES (@p0, @p1, @p2)""", Text, Text, Text);
    private static readonly Statement UpdateGroupSql = new("""UPDATE "org_groups" SET "Name" = @p1 WHERE "Id" = @p0""", Text, Text);
    private static readonly Statement DeleteGroupMemberSql = new("""DELETE FROM "org_group_members" WHERE "GroupId" = @p0 AND "MemberId" = @p1""", Text, Text);
    private static readonly Statement InsertGroupMemberSql = new("""INSERT INTO "org_group_members" ("GroupId", "MemberId") VALUES (@p0, @p1)""", Text, Text);
    private static readonly Statement BumpVersionSql = new("""UPDATE "org_state" SET "Version" = @p1 WHERE "Id" = 1 AND "Version" = @p0""", DbType.Int64, DbType.Int64);

    private readonly Dictionary<Statement, DbCommand> _prepared = new(ReferenceEqualityComparer.Instance);

    public Task InsertUnitAsync(UnitRow u, CancellationToken ct) => ExecuteAsync(InsertUnitSql, ct, u.Id, u.Code, u.Name, u.ShortName, u.ParentId);

    public Task UpdateUnitAsync(UnitRow u, CancellationToken ct) => ExecuteAsync(UpdateUnitSql, ct, u.Id, u.Name, u.ShortName, u.ParentId);

    public Task InsertDepartmentAsync(DepartmentRow d, CancellationToken ct) => ExecuteAsync(InsertDepartmentSql, ct, d.Id, d.Code, d.Name, d.UnitId, d.ParentId, d.SortOrder);

    public Task UpdateDepartmentAsync(DepartmentRow d, CancellationToken ct) => ExecuteAsync(UpdateDepartmentSql, ct, d.Id, d.Name, d.UnitId, d.ParentId, d.SortOrder);

    public Task InsertPostAsync(PostRow p, CancellationToken ct) => ExecuteAsync(InsertPostSql, ct, p.Id, p.Code, p.Name);

    public Task UpdatePostAsync(PostRow p, CancellationToken ct) => ExecuteAsync(UpdatePostSql, ct, p.Id, p.Name);

    public Task InsertLevelAsync(LevelRow l, CancellationToken ct) => ExecuteAsync(InsertLevelSql, ct, l.Id, l.Code, l.Name, l.Rank);

    public Task UpdateLevelAsync(LevelRow l, CancellationToken ct) => ExecuteAsync(UpdateLevelSql, ct, l.Id, l.Name, l.Rank);

    /// <summary>Parks a level on a rank nobody holds, so ranks can be swapped without tripping the unique index.</summary>
    public Task MoveLevelRankAsync(string id, int freeRank, CancellationToken ct) => ExecuteAsync(MoveLevelRankSql, ct, id, freeRank);

    public Task InsertMemberAsync(MemberRow m, CancellationToken ct) => ExecuteAsync(InsertMemberSql, ct, m.Id, m.Code, m.Login, m.LoginKey, m.Name, m.Email, m.Mobile, m.Enabled);

    public Task UpdateMemberAsync(MemberRow m, CancellationToken ct) => ExecuteAsync(UpdateMemberSql, ct, m.Id, m.Login, m.LoginKey, m.Name, m.Email, m.Mobile, m.Enabled);

    /// <summary>Parks a member on a login key no login can have, so logins can be swapped without tripping the unique index.</summary>
    public Task MoveMemberLoginAsync(string id, CancellationToken ct) => ExecuteAsync(MoveMemberLoginSql, ct, id, "\u0001" + id);

    public Task DeletePositionsAsync(PositionRow p, CancellationToken ct) => ExecuteAsync(DeletePositionsSql, ct, p.MemberId);

    public Task InsertPositionAsync(PositionRow p, CancellationToken ct) => ExecuteAsync(InsertPositionSql, ct, p.MemberId, p.Ordinal, p.DepartmentId, p.PostId, p.LevelId);

    public Task InsertRoleAsync(RoleRow r, CancellationToken ct) => ExecuteAsync(InsertRoleSql, ct, r.Id, r.Code, r.Name, r.Kind.ToString());

    public Task UpdateRoleAsync(RoleRow r, CancellationToken ct) => ExecuteAsync(UpdateRoleSql, ct, r.Id, r.Name, r.Kind.ToString());

    public Task DeleteHolderAsync(RoleHolderRow h, CancellationToken ct) => ExecuteAsync(DeleteHolderSql, ct, h.Id);

    public Task InsertHolderAsync(RoleHolderRow h, CancellationToken ct) => ExecuteAsync(InsertHolderSql, ct, h.RoleId, h.MemberId, h.DepartmentId);

    public Task InsertGroupAsync(GroupRow g, CancellationToken ct) => ExecuteAsync(InsertGroupSql, ct, g.Id, g.Code, g.Name);

    public Task UpdateGroupAsync(GroupRow g, CancellationToken ct) => ExecuteAsync(UpdateGroupSql, ct, g.Id, g.Name);

    public Task DeleteGroupMemberAsync(GroupMemberRow g, CancellationToken ct) => ExecuteAsync(DeleteGroupMemberSql, ct, g.GroupId, g.MemberId);

    public Task InsertGroupMemberAsync(GroupMemberRow g, CancellationToken ct) => ExecuteAsync(InsertGroupMemberSql, ct, g.GroupId, g.MemberId);

    /// <summary>
    /// Raises <c>org_state.version</c> from the version read before validating; <see langword="false"/> when another
    /// writer changed the organisation meanwhile (the caller rolls back).
    /// </summary>
    public async Task<bool> BumpVersionAsync(long readVersion, CancellationToken ct) =>
        await ExecuteAsync(BumpVersionSql, ct, readVersion, readVersion + 1) == 1;

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync();
        }

        _prepared.Clear();
    }

    private Task<int> ExecuteAsync(Statement statement, CancellationToken ct, params object?[] values)
    {
        if (!_prepared.TryGetValue(statement, out var command))
        {
            _prepared[statement] = command = Prepare(statement);
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQueryAsync(ct);
    }

    private DbCommand Prepare(Statement statement)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement.Sql;
        for (var i = 0; i < statement.Types.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.DbType = statement.Types[i];
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    /// <summary>One SQL statement and the types of its parameters <c>@p0</c>, <c>@p1</c> ….</summary>
    private sealed record Statement(string Sql, params DbType[] Types);
}
