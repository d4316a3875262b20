using System.CommandLine;
using MediatR;
using Platform.Apps.Api.Demo;
using Platform.Contracts.Errors;
using Platform.Contracts.Modules;
using Platform.Contracts.Organization.Authentication;
using Platform.Contracts.Organization.Directory;
using Platform.Contracts.Organization.Import;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization;
using Platform.Core.Organization.Authentication;
using Platform.Host.Hosting;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform demo seed</c>: imports a small demo organisation (unit 示范市政府办公室, four departments, seven members
/// with the password <see cref="Password"/>), then publishes <see cref="SeedDemoData"/> so that every installed app
/// creates its own demo data (Documents: form, process, document types; News: categories…). Safe to run again: the
/// import is by code and the apps skip what exists.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The demo members' password (printed by the command; docs/documents.md and README list it too).</summary>
    public const string Password = "demo-password-1";

    public static Command Create() => new("demo", "Demo data for trying the product.") { Seed() };

    private static Command Seed()
    {
        var dataDir = CommonOptions.DataDirectory();
        var pluginsDir = CommonOptions.PluginsDirectory();
        var command = new Command("seed", "Create a demo organisation, members and each installed app's demo data.") { dataDir, pluginsDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = HostKernel.CommandConfiguration();
            var settings = HostSettings.Resolve(configuration, null, parse.GetValue(dataDir), parse.GetValue(pluginsDir));
            using var loggerFactory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Critical));
            var kernel = HostKernel.Create(settings, loggerFactory, configuration: configuration);
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            var catalog = await kernel.BootAsync(services, configuration, cancellationToken);
            if (catalog.Modules.Single(m => m.Id == OrganizationModule.Id) is { State: not ModuleState.Loaded } org)
            {
                return await CliHost.FailAsync($"The organization engine did not start ({org.State}): {org.Reason}");
            }

            await using var provider = services.BuildServiceProvider();
            try
            {
                // As on a first `serve`: without it, the demo members would keep the administrator from ever being created.
                if (await AdministratorBootstrap.EnsureAdministratorAsync(provider, AdministratorBootstrap.ConfiguredPassword(configuration), cancellationToken) is { } admin)
                {
                    Console.WriteLine(admin.GeneratedPassword is { } generated
                        ? $"Administrator '{admin.Login}' created with the password '{generated}' (shown once)."
                        : $"Administrator '{admin.Login}' created with the configured password.");
                }

                SeedDemoData seed;
                await using (var scope = provider.CreateAsyncScope())
                {
                    var report = await scope.ServiceProvider.GetRequiredService<IOrganizationImporter>().ImportAsync(Organization, false, null, cancellationToken);
                    if (report.Errors.Count > 0)
                    {
                        return await CliHost.FailAsync("The demo organisation was refused: " + string.Join("; ", report.Errors.Select(e => $"{e.Field} {e.Code} {e.Message}")));
                    }

                    seed = await SetPasswordsAsync(scope.ServiceProvider, cancellationToken);
                }

                await using (var scope = provider.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(seed, cancellationToken);
                }

                Console.WriteLine($"Demo organisation '{Organization.Units![0].Name}' with {seed.Members.Count} members; every member's password is '{Password}':");
                foreach (var member in Organization.Members!)
                {
                    Console.WriteLine($"  {member.Login,-10} {member.Name} ({member.Department})");
                }

                var apps = catalog.Modules.Where(m => m.State == ModuleState.Loaded && m.Kind != ModuleKind.Engine).Select(m => m.Id).ToList();
                Console.WriteLine(apps.Count == 0 ? "No app is installed: only the organisation was created." : $"Demo data requested from: {string.Join(", ", apps)}.");
                return 0;
            }
            catch (PlatformException ex)
            {
                return await CliHost.FailAsync($"{ex.Code}: {ex.Message}");
            }
        });
        return command;
    }

    private static async Task<SeedDemoData> SetPasswordsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<IMemberDirectory>();
        var structure = services.GetRequiredService<IOrgStructure>();
        var accounts = services.GetRequiredService<IMemberAuthenticator>();
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var departments = new Dictionary<string, string>(StringComparer.Ordinal);
        string? unitId = null;
        foreach (var record in Organization.Members!)
        {
            var member = directory.FindByLogin(record.Login!) ?? throw new InvalidOperationException($"Demo member '{record.Login}' was not imported.");
            await accounts.SetPasswordAsync(member.Id, Password, cancellationToken);
            members[record.Login!] = member.Id;
            var department = structure.FindDepartment(member.Primary.DepartmentId)!;
            departments[department.Code] = department.Id;
            unitId = department.UnitId;
        }

        return new SeedDemoData(unitId!, departments, members);
    }

    /// <summary>The demo organisation: one unit, four departments, seven members, the department heads.</summary>
    public static OrgDocument Organization { get; } = new()
    {
        Units = [new UnitRecord { Code = "demo", Name = "示范市政府办公室", ShortName = "示府办" }],
        Departments =
        [
            new DepartmentRecord { Code = "demo-office", Name = "综合科", Unit = "demo", SortOrder = 1 },
            new DepartmentRecord { Code = "demo-finance", Name = "财务科", Unit = "demo", SortOrder = 2 },
            new DepartmentRecord { Code = "demo-personnel", Name = "人事科", Unit = "demo", SortOrder = 3 },
            new DepartmentRecord { Code = "demo-it", Name = "信息中心", Unit = "demo", SortOrder = 4 },
        ],
        Members =
        [
            new MemberRecord { Code = "demo-director", Login = "director", Name = "王强", Department = "demo-office" },
            new MemberRecord { Code = "demo-zhang", Login = "zhang", Name = "张敏", Department = "demo-office" },
            new MemberRecord { Code = "demo-li", Login = "li", Name = "李娜", Department = "demo-finance" },
            new MemberRecord { Code = "demo-chen", Login = "chen", Name = "陈杰", Department = "demo-finance" },
            new MemberRecord { Code = "demo-zhao", Login = "zhao", Name = "赵磊", Department = "demo-personnel" },
            new MemberRecord { Code = "demo-liu", Login = "liu", Name = "刘洋", Department = "demo-it" },
            new MemberRecord { Code = "demo-sun", Login = "sun", Name = "孙丽", Department = "demo-it" },
        ],
        Roles =
        [
            new RoleRecord
            {
                Code = WellKnownRoles.DepartmentHead,
                Name = "部门负责人",
                Kind = RoleKind.Relative,
                Holders =
                [
                    new RoleHolderRecord { Member = "demo-director", Department = "demo-office" },
                    new RoleHolderRecord { Member = "demo-li", Department = "demo-finance" },
                    new RoleHolderRecord { Member = "demo-zhao", Department = "demo-personnel" },
                    new RoleHolderRecord { Member = "demo-liu", Department = "demo-it" },
                ],
            },
        ],
    };
}
