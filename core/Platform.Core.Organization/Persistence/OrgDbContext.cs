using Microsoft.EntityFrameworkCore;
using Platform.Core.Organization.Persistence.Entities;

namespace Platform.Core.Organization.Persistence;

/// <summary>The organization engine's tables, all prefixed <c>org_</c>. The kernel picks the provider and connection.</summary>
public sealed class OrgDbContext(DbContextOptions<OrgDbContext> options) : DbContext(options)
{
    internal DbSet<UnitRow> Units => Set<UnitRow>();

    internal DbSet<DepartmentRow> Departments => Set<DepartmentRow>();

    internal DbSet<PostRow> Posts => Set<PostRow>();

    internal DbSet<LevelRow> Levels => Set<LevelRow>();

    internal DbSet<MemberRow> Members => Set<MemberRow>();

    internal DbSet<PositionRow> Positions => Set<PositionRow>();

    internal DbSet<RoleRow> Roles => Set<RoleRow>();

    internal DbSet<RoleHolderRow> RoleHolders => Set<RoleHolderRow>();

    internal DbSet<GroupRow> Groups => Set<GroupRow>();

    internal DbSet<GroupMemberRow> GroupMembers => Set<GroupMemberRow>();

    internal DbSet<AgentRow> Agents => Set<AgentRow>();

    internal DbSet<GrantRow> Grants => Set<GrantRow>();

    internal DbSet<CredentialRow> Credentials => Set<CredentialRow>();

    internal DbSet<OrgStateRow> State => Set<OrgStateRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        const int Id = 36;
        const int Code = 64;
        const int Name = 200;

        modelBuilder.Entity<UnitRow>(e =>
        {
            e.ToTable("org_units");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.Property(x => x.ShortName).HasMaxLength(Name);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasOne<UnitRow>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<DepartmentRow>(e =>
        {
            e.ToTable("org_departments");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.ParentId);
            e.HasOne<UnitRow>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<DepartmentRow>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<PostRow>(e =>
        {
            e.ToTable("org_posts");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<LevelRow>(e =>
        {
            e.ToTable("org_levels");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.Rank).IsUnique();
        });
        modelBuilder.Entity<MemberRow>(e =>
        {
            e.ToTable("org_members");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Login).HasMaxLength(Code);
            e.Property(x => x.LoginKey).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.Property(x => x.Email).HasMaxLength(Name);
            e.Property(x => x.Mobile).HasMaxLength(Code);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.LoginKey).IsUnique();
        });
        modelBuilder.Entity<PositionRow>(e =>
        {
            e.ToTable("org_positions");
            e.HasKey(x => new { x.MemberId, x.Ordinal });
            e.HasIndex(x => x.DepartmentId);
            e.HasOne<MemberRow>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DepartmentRow>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<PostRow>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<LevelRow>().WithMany().HasForeignKey(x => x.LevelId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<RoleRow>(e =>
        {
            e.ToTable("org_roles");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<RoleHolderRow>(e =>
        {
            e.ToTable("org_role_holders");
            e.HasIndex(x => new { x.RoleId, x.MemberId, x.DepartmentId }).IsUnique();
            e.HasIndex(x => x.MemberId);
            e.HasOne<RoleRow>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MemberRow>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DepartmentRow>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<GroupRow>(e =>
        {
            e.ToTable("org_groups");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Code).HasMaxLength(Code);
            e.Property(x => x.Name).HasMaxLength(Name);
            e.HasIndex(x => x.Code).IsUnique();
        });
        modelBuilder.Entity<GroupMemberRow>(e =>
        {
            e.ToTable("org_group_members");
            e.HasKey(x => new { x.GroupId, x.MemberId });
            e.HasIndex(x => x.MemberId);
            e.HasOne<GroupRow>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MemberRow>().WithMany().HasForeignKey(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AgentRow>(e =>
        {
            e.ToTable("org_agents");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Scope).HasMaxLength(Name);
            e.HasIndex(x => x.PrincipalId);
            e.HasOne<MemberRow>().WithMany().HasForeignKey(x => x.PrincipalId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MemberRow>().WithMany().HasForeignKey(x => x.AgentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GrantRow>(e =>
        {
            e.ToTable("org_grants");
            e.Property(x => x.Id).HasMaxLength(Id);
            e.Property(x => x.Resource).HasMaxLength(Name);
            e.Property(x => x.Action).HasMaxLength(Code);
            e.Property(x => x.PrincipalKind).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.PrincipalId).HasMaxLength(Id);
            e.Property(x => x.Effect).HasConversion<string>().HasMaxLength(8);
            e.HasIndex(x => new { x.Resource, x.Action });
        });
        modelBuilder.Entity<CredentialRow>(e =>
        {
            e.ToTable("org_credentials");
            e.HasKey(x => x.MemberId);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<MemberRow>().WithOne().HasForeignKey<CredentialRow>(x => x.MemberId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrgStateRow>(e =>
        {
            e.ToTable("org_state");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasData(new OrgStateRow { Id = 1, Version = 0 });
        });
    }
}
