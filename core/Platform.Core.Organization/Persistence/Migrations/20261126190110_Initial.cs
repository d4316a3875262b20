using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Core.Organization.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "org_grants",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrincipalKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PrincipalId = table.Column<string>(type: "TEXT", maxLength: 36, nullable: true),
                    MinRank = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxRank = table.Column<int>(type: "INTEGER", nullable: true),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_groups",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_levels",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_levels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_members",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Login = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoginKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Mobile = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_posts",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_roles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_state",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_state", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_units_org_units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_agents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    PrincipalId = table.Column<string>(type: "TEXT", nullable: false),
                    AgentId = table.Column<string>(type: "TEXT", nullable: false),
                    StartUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    EndUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_agents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_agents_org_members_AgentId",
                        column: x => x.AgentId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_agents_org_members_PrincipalId",
                        column: x => x.PrincipalId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_credentials",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntilUtcTicks = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_credentials", x => x.MemberId);
                    table.ForeignKey(
                        name: "FK_org_credentials_org_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_group_members",
                columns: table => new
                {
                    GroupId = table.Column<string>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_group_members", x => new { x.GroupId, x.MemberId });
                    table.ForeignKey(
                        name: "FK_org_group_members_org_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "org_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_group_members_org_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_departments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UnitId = table.Column<string>(type: "TEXT", nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_departments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_departments_org_departments_ParentId",
                        column: x => x.ParentId,
                        principalTable: "org_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_departments_org_units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "org_units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_positions",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentId = table.Column<string>(type: "TEXT", nullable: false),
                    PostId = table.Column<string>(type: "TEXT", nullable: true),
                    LevelId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_positions", x => new { x.MemberId, x.Ordinal });
                    table.ForeignKey(
                        name: "FK_org_positions_org_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_positions_org_levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "org_levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_positions_org_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_positions_org_posts_PostId",
                        column: x => x.PostId,
                        principalTable: "org_posts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_role_holders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    MemberId = table.Column<string>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_role_holders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_role_holders_org_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "org_departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_org_role_holders_org_members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "org_members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_role_holders_org_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "org_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "org_state",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_org_agents_AgentId",
                table: "org_agents",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_agents_PrincipalId",
                table: "org_agents",
                column: "PrincipalId");

            migrationBuilder.CreateIndex(
                name: "IX_org_departments_Code",
                table: "org_departments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_departments_ParentId",
                table: "org_departments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_departments_UnitId",
                table: "org_departments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_org_grants_Resource_Action",
                table: "org_grants",
                columns: new[] { "Resource", "Action" });

            migrationBuilder.CreateIndex(
                name: "IX_org_group_members_MemberId",
                table: "org_group_members",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_org_groups_Code",
                table: "org_groups",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_levels_Code",
                table: "org_levels",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_levels_Rank",
                table: "org_levels",
                column: "Rank",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_members_Code",
                table: "org_members",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_members_LoginKey",
                table: "org_members",
                column: "LoginKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_positions_DepartmentId",
                table: "org_positions",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_positions_LevelId",
                table: "org_positions",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_org_positions_PostId",
                table: "org_positions",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_org_posts_Code",
                table: "org_posts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_role_holders_DepartmentId",
                table: "org_role_holders",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_role_holders_MemberId",
                table: "org_role_holders",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_org_role_holders_RoleId_MemberId_DepartmentId",
                table: "org_role_holders",
                columns: new[] { "RoleId", "MemberId", "DepartmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_roles_Code",
                table: "org_roles",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_Code",
                table: "org_units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_units_ParentId",
                table: "org_units",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "org_agents");

            migrationBuilder.DropTable(
                name: "org_credentials");

            migrationBuilder.DropTable(
                name: "org_grants");

            migrationBuilder.DropTable(
                name: "org_group_members");

            migrationBuilder.DropTable(
                name: "org_positions");

            migrationBuilder.DropTable(
                name: "org_role_holders");

            migrationBuilder.DropTable(
                name: "org_state");

            migrationBuilder.DropTable(
                name: "org_groups");

            migrationBuilder.DropTable(
                name: "org_levels");

            migrationBuilder.DropTable(
                name: "org_posts");

            migrationBuilder.DropTable(
                name: "org_departments");

            migrationBuilder.DropTable(
                name: "org_members");

            migrationBuilder.DropTable(
                name: "org_roles");

            migrationBuilder.DropTable(
                name: "org_units");
        }
    }
}
