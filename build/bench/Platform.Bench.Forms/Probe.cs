using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Core.Forms.Persistence;
using Platform.Core.Forms.Records;
using Platform.Core.Forms.Versions;

namespace Platform.Bench.Forms;

/// <summary>Where a query's time goes (--probe): the SQL of each step and its time alone.</summary>
internal static class Probe
{
    public static async Task RunAsync(BenchHost host)
    {
        var random = new Random(3);
        var idsOnly = new Latencies();
        var rowsOnly = new Latencies();
        for (var i = 0; i < 200; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            var form = (await scope.ServiceProvider.GetRequiredService<FormDefinitionStore>().FindVersionAsync(QueryBenchmark.Key, null, CancellationToken.None))!;
            var query = QueryBenchmark.StatusByAmount(random);
            var started = Stopwatch.GetTimestamp();
            var q = (await RecordQueryPlan.ApplyAsync(db.Records.AsNoTracking(), form, query, CancellationToken.None)).Select(r => r.Id).Skip(query.Page.Offset).Take(query.Page.Limit);
            var ids = await q.ToListAsync();
            idsOnly.Add(Stopwatch.GetElapsedTime(started));
            started = Stopwatch.GetTimestamp();
            var rows = db.Records.AsNoTracking().Where(r => ids.Contains(r.Id));
            _ = await rows.ToListAsync();
            rowsOnly.Add(Stopwatch.GetElapsedTime(started));
            if (i == 0)
            {
                Console.WriteLine(q.ToQueryString());
                Console.WriteLine(rows.ToQueryString());
            }
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
            var count = new Latencies();
            var page = new Latencies();
            var raw = new Latencies();
            for (var i = 0; i < 200; i++)
            {
                var status = i % 2 == 0 ? "paid" : "draft";
                var started = Stopwatch.GetTimestamp();
                _ = await db.Records.Where(r => r.FormKey == QueryBenchmark.Key && r.Q2Text == status).Take(5000).CountAsync();
                count.Add(Stopwatch.GetElapsedTime(started));
                started = Stopwatch.GetTimestamp();
                _ = await db.Records.Where(r => r.FormKey == QueryBenchmark.Key && r.Q2Text + "" == status).OrderByDescending(r => r.Q3Num).ThenByDescending(r => r.Seq).Select(r => r.Id).Take(50).ToListAsync();
                page.Add(Stopwatch.GetElapsedTime(started));
                started = Stopwatch.GetTimestamp();
                var connection = db.Database.GetDbConnection();
                if (connection.State != System.Data.ConnectionState.Open)
                {
                    await connection.OpenAsync();
                }

                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT id FROM forms_records WHERE form_key = 'bench-orders' AND q2_text || '' = '" + status + "' ORDER BY q3_num DESC, seq DESC LIMIT 50";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                }

                raw.Add(Stopwatch.GetElapsedTime(started));
            }

            var version = db.Database.GetDbConnection().CreateCommand();
            version.CommandText = "select sqlite_version()";
            Console.WriteLine("  sqlite " + await version.ExecuteScalarAsync());
            Console.WriteLine(count.Report("  count probe (typed LINQ)", 10));
            Console.WriteLine(page.Report("  page (typed LINQ)", 10));
            Console.WriteLine(raw.Report("  page (raw ADO.NET)", 10));
        }

        Console.WriteLine(idsOnly.Report("  ids (count + page query)", 10));
        Console.WriteLine(rowsOnly.Report("  rows of the page", 10));
    }
}
