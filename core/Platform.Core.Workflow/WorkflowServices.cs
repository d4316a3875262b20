using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Modules;
using Platform.Contracts.Workflow.Calendar;
using Platform.Contracts.Workflow.Definitions;
using Platform.Core.Workflow.Bpmn;
using Platform.Contracts.Scheduling;
using Platform.Contracts.Workflow.Runtime;
using Platform.Core.Workflow.Calendar;
using Platform.Core.Workflow.Definitions;
using Platform.Core.Workflow.Queries;
using Platform.Core.Workflow.Runtime;
using Platform.Core.Workflow.Timers;

namespace Platform.Core.Workflow;

/// <summary>The engine's service registrations, one place to read them. Each feature adds its own lines.</summary>
internal static class WorkflowServices
{
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, IModuleContext context)
    {
        // Definitions (Definitions/): checks, versions. The runtime reads versions through ProcessDefinitionStore.GetAsync (cached).
        services.AddSingleton<ProcessVersionCache>();
        services.AddScoped<AssigneeCheck>();
        services.AddScoped<DefinitionChecker>();
        services.AddScoped<ProcessDefinitionStore>();
        services.AddScoped<IProcessDefinitions>(sp => sp.GetRequiredService<ProcessDefinitionStore>());
        // End of definitions.
        // Runtime (Runtime/, Queries/, Timers/): instances, work items, operations, reads, deadline jobs.
        services.AddOptions<WorkflowSettings>().Bind(context.Configuration);
        services.AddScoped(typeof(Deferred<>));
        services.AddSingleton<ProcessGraphs>();
        services.AddScoped<SessionLoader>();
        services.AddScoped<AssigneeResolver>();
        services.AddScoped<Assignments>();
        services.AddScoped<SubProcesses>();
        services.AddScoped<Navigator>();
        services.AddScoped<Decisions>();
        services.AddScoped<Operations>();
        services.AddScoped<DeadlineTimers>();
        services.AddScoped<WorkflowRuntime>();
        services.AddScoped<IWorkflowRuntime>(sp => sp.GetRequiredService<WorkflowRuntime>());
        services.AddScoped<WorkflowQueries>();
        services.AddScoped<IWorkflowQueries>(sp => sp.GetRequiredService<WorkflowQueries>());
        services.AddScoped<IScheduledJobHandler, DeadlineHandler>();
        services.AddScoped<IScheduledJobHandler, ReminderHandler>();
        services.AddScoped<IScheduledJobHandler, UrgeHandler>();
        services.AddScoped<Http.Viewer>();
        // End of runtime.
        // Calendar and timers (Calendar/, Timers/).
        // Working calendar (Calendar/): settings from Modules:workflow:Calendar, years in wf_calendar_years, cached with a stamp check.
        services.AddSingleton(CalendarOptions.From(context.Configuration.GetSection("Calendar")));
        services.AddSingleton<CalendarCache>();
        services.AddScoped<IWorkingCalendar, WorkingCalendar>();
        services.AddScoped<IWorkingCalendarSettings, CalendarSettingsStore>();
        // End of working calendar.
        // BPMN import (Bpmn/): maps BPMN 2.0 files; checks through IProcessDefinitions.
        services.AddScoped<IBpmnImporter>(sp => new BpmnImporter(sp.GetRequiredService<IExpressionEngine>(), sp.GetRequiredService<IProcessDefinitions>()));
        // End of BPMN import.
        return services;
    }
}
