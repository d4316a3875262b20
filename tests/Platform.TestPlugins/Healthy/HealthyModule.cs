using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Modules;
using Platform.Contracts.Web;

namespace Platform.TestPlugins.Healthy;

/// <summary>A well-behaved plugin: a table, an endpoint that writes it and one that reads it.</summary>
[ModuleDatabase(typeof(NotesDbContext))]
internal sealed class HealthyModule : IWebModule
{
    public void ConfigureServices(IServiceCollection services, IModuleContext context)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/notes", async (NotesDbContext db) => TypedResults.Ok(await db.Notes.Select(n => n.Text).ToListAsync()));
        endpoints.MapPost("/notes", async (NoteInput input, NotesDbContext db) =>
        {
            db.Notes.Add(new Note { Text = input.Text });
            await db.SaveChangesAsync();
            return TypedResults.Created();
        });
    }
}

internal sealed record NoteInput(string Text);
