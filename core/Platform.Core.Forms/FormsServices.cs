using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Forms.Expressions;
using Platform.Contracts.Forms.Records;
using Platform.Contracts.Modules;
using Platform.Core.Forms.Definitions;
using Platform.Core.Forms.Expressions;
using Platform.Core.Forms.Processing;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Versions;

namespace Platform.Core.Forms;

/// <summary>The engine's service registrations, one place to read them. Each feature adds its own lines.</summary>
internal static class FormsServices
{
    public static IServiceCollection AddFormsEngine(this IServiceCollection services, IModuleContext context)
    {
        // The expression language (docs/expressions.md); the concrete type also offers CreateScope and Check with known names.
        services.AddSingleton(ExpressionSettings.From(context.Configuration.GetSection("Expressions")));
        services.AddSingleton<ExpressionEngine>();
        services.AddSingleton<IExpressionEngine>(sp => sp.GetRequiredService<ExpressionEngine>());

        // Definitions and record processing (docs/forms.md).
        services.AddSingleton<IDefinitionChecker, DefinitionChecker>();
        services.AddSingleton<IRecordProcessor, RecordProcessor>();
        services.AddSingleton<ISchemaExporter, SchemaExporter>();

        // Versions and records (Versions/, Records/).
        services.AddSingleton<VersionCache>();
        services.AddScoped<FormDefinitionStore>();
        services.AddScoped<IFormDefinitions>(sp => sp.GetRequiredService<FormDefinitionStore>());
        services.AddScoped<IFormRecords, FormRecordStore>();
        return services;
    }
}
