using Microsoft.EntityFrameworkCore;
using Platform.Core.Workflow.Persistence.Entities;

namespace Platform.Core.Workflow.Persistence;

/// <summary>The workflow engine's tables (<c>wf_*</c>). Times are UTC ticks so SQLite sorts and compares them as integers.</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : DbContext(options)
{
    internal DbSet<ProcessVersionRow> Definitions => Set<ProcessVersionRow>();

    internal DbSet<InstanceRow> Instances => Set<InstanceRow>();

    internal DbSet<WorkItemRow> WorkItems => Set<WorkItemRow>();

    internal DbSet<HistoryRow> History => Set<HistoryRow>();

    internal DbSet<IdempotencyRow> Idempotency => Set<IdempotencyRow>();

    internal DbSet<CalendarYearRow> CalendarYears => Set<CalendarYearRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        const int Key = 100;
        const int Id = 36;
        const int Code = 32;

        modelBuilder.Entity<ProcessVersionRow>(e =>
        {
            e.ToTable("wf_definitions");
            e.HasKey(x => new { x.Key, x.Version });
            e.Property(x => x.Key).HasColumnName("key").HasMaxLength(Key);
            e.Property(x => x.Version).HasColumnName("version").ValueGeneratedNever();
            e.Property(x => x.Name).HasColumnName("name").HasMaxLength(200);
            e.Property(x => x.App).HasColumnName("app").HasMaxLength(Key);
            e.Property(x => x.FormKey).HasColumnName("form_key").HasMaxLength(Key);
            e.Property(x => x.Definition).HasColumnName("definition");
            e.Property(x => x.PublishedAtTicks).HasColumnName("published_at_ticks");
        });
        modelBuilder.Entity<InstanceRow>(e =>
        {
            e.ToTable("wf_instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(Id);
            e.Property(x => x.ProcessKey).HasColumnName("process_key").HasMaxLength(Key);
            e.Property(x => x.Version).HasColumnName("version");
            e.Property(x => x.Title).HasColumnName("title").HasMaxLength(500);
            e.Property(x => x.App).HasColumnName("app").HasMaxLength(Key);
            e.Property(x => x.RecordId).HasColumnName("record_id").HasMaxLength(Id);
            e.Property(x => x.SubmitterId).HasColumnName("submitter_id").HasMaxLength(Id);
            e.Property(x => x.SubmitterDepartmentId).HasColumnName("submitter_department_id").HasMaxLength(Id);
            e.Property(x => x.ParentId).HasColumnName("parent_id").HasMaxLength(Id);
            e.Property(x => x.ParentRunId).HasColumnName("parent_run_id").HasMaxLength(Id);
            e.Property(x => x.Status).HasColumnName("status").HasMaxLength(Code);
            e.Property(x => x.Revision).HasColumnName("revision").IsConcurrencyToken();
            e.Property(x => x.StartedAtTicks).HasColumnName("started_at_ticks");
            e.Property(x => x.EndedAtTicks).HasColumnName("ended_at_ticks");
            e.Property(x => x.State).HasColumnName("state");
            e.HasIndex(x => new { x.SubmitterId, x.StartedAtTicks }).HasDatabaseName("ix_wf_instances_submitter");
            e.HasIndex(x => x.RecordId).HasDatabaseName("ix_wf_instances_record");
            e.HasIndex(x => x.ParentId).HasDatabaseName("ix_wf_instances_parent");
        });
        modelBuilder.Entity<WorkItemRow>(e =>
        {
            e.ToTable("wf_work_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").HasMaxLength(Id);
            e.Property(x => x.InstanceId).HasColumnName("instance_id").HasMaxLength(Id);
            e.Property(x => x.RunId).HasColumnName("run_id").HasMaxLength(Id);
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(Key);
            e.Property(x => x.NodeName).HasColumnName("node_name").HasMaxLength(200);
            e.Property(x => x.ProcessKey).HasColumnName("process_key").HasMaxLength(Key);
            e.Property(x => x.Title).HasColumnName("title").HasMaxLength(500);
            e.Property(x => x.App).HasColumnName("app").HasMaxLength(Key);
            e.Property(x => x.Kind).HasColumnName("kind").HasMaxLength(Code);
            e.Property(x => x.State).HasColumnName("state").HasMaxLength(Code);
            e.Property(x => x.Live).HasColumnName("live");
            e.Property(x => x.AssigneeId).HasColumnName("assignee_id").HasMaxLength(Id);
            e.Property(x => x.OnBehalfOfId).HasColumnName("on_behalf_of_id").HasMaxLength(Id);
            e.Property(x => x.AssigneeDepartmentId).HasColumnName("assignee_department_id").HasMaxLength(Id);
            e.Property(x => x.Position).HasColumnName("position");
            e.Property(x => x.AddedById).HasColumnName("added_by_id").HasMaxLength(Id);
            e.Property(x => x.ReturnsToId).HasColumnName("returns_to_id").HasMaxLength(Id);
            e.Property(x => x.CreatedBySequence).HasColumnName("created_by_sequence");
            e.Property(x => x.AssignedAtTicks).HasColumnName("assigned_at_ticks");
            e.Property(x => x.ViewedAtTicks).HasColumnName("viewed_at_ticks");
            e.Property(x => x.CompletedAtTicks).HasColumnName("completed_at_ticks");
            e.Property(x => x.DueAtTicks).HasColumnName("due_at_ticks");
            e.Property(x => x.Outcome).HasColumnName("outcome").HasMaxLength(Code);

            // To-do lists: a member's live items, newest first — an index walk, no sort, no instance read.
            // (A partial index: SQLite uses it for "assignee_id = ? AND live", which a (assignee_id, live, …) index does not serve.)
            e.HasIndex(x => new { x.AssigneeId, x.AssignedAtTicks }).HasDatabaseName("ix_wf_work_items_todo").HasFilter("live");
            e.HasIndex(x => new { x.AssigneeId, x.State, x.AssignedAtTicks }).HasDatabaseName("ix_wf_work_items_assignee_state");
            e.HasIndex(x => new { x.InstanceId, x.Live }).HasDatabaseName("ix_wf_work_items_instance");
        });
        modelBuilder.Entity<HistoryRow>(e =>
        {
            e.ToTable("wf_history");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(x => x.InstanceId).HasColumnName("instance_id").HasMaxLength(Id);
            e.Property(x => x.Sequence).HasColumnName("sequence");
            e.Property(x => x.Action).HasColumnName("action").HasMaxLength(Code);
            e.Property(x => x.NodeId).HasColumnName("node_id").HasMaxLength(Key);
            e.Property(x => x.WorkItemId).HasColumnName("work_item_id").HasMaxLength(Id);
            e.Property(x => x.ActorId).HasColumnName("actor_id").HasMaxLength(Id);
            e.Property(x => x.OnBehalfOfId).HasColumnName("on_behalf_of_id").HasMaxLength(Id);
            e.Property(x => x.Opinion).HasColumnName("opinion");
            e.Property(x => x.AtTicks).HasColumnName("at_ticks");
            e.Property(x => x.AssignedAtTicks).HasColumnName("assigned_at_ticks");
            e.Property(x => x.ViewedAtTicks).HasColumnName("viewed_at_ticks");
            e.Property(x => x.DueAtTicks).HasColumnName("due_at_ticks");
            e.Property(x => x.Details).HasColumnName("details");
            e.HasIndex(x => new { x.InstanceId, x.Sequence }).IsUnique().HasDatabaseName("ux_wf_history_instance_sequence");
        });
        modelBuilder.Entity<IdempotencyRow>(e =>
        {
            e.ToTable("wf_idempotency");
            e.HasKey(x => new { x.ActorId, x.Key });
            e.Property(x => x.ActorId).HasColumnName("actor_id").HasMaxLength(Id);
            e.Property(x => x.Key).HasColumnName("key").HasMaxLength(200);
            e.Property(x => x.Operation).HasColumnName("operation").HasMaxLength(Code);
            e.Property(x => x.Result).HasColumnName("result");
            e.Property(x => x.AtTicks).HasColumnName("at_ticks");
        });
        modelBuilder.Entity<CalendarYearRow>(e =>
        {
            e.ToTable("wf_calendar_years");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).HasColumnName("year").ValueGeneratedNever();
            e.Property(x => x.Settings).HasColumnName("settings");
            e.Property(x => x.Revision).HasColumnName("revision").IsConcurrencyToken();
            e.Property(x => x.UpdatedAtTicks).HasColumnName("updated_at_ticks");
        });
    }
}
