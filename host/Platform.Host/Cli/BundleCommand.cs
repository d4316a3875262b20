using System.CommandLine;
using Platform.Core.Packaging;
using Platform.Core.Packaging.Bundles;

namespace Platform.Host.Cli;

/// <summary>
/// <c>platform bundle lock|check|build</c>: a product assembled from modules (docs/integrator-guide.md). <c>check</c>
/// reports every problem at once; <c>build</c> checks first and writes a runnable distribution. Exit code 0 on success,
/// 1 otherwise.
/// </summary>
internal static class BundleCommand
{
    public static Command Create() => new("bundle", "Bundles: lock versions, pre-flight check, build a distribution (docs/integrator-guide.md).")
    {
        Lock(), Check(), Build(),
    };

    private static Argument<DirectoryInfo> BundleFolder() => new("bundle") { Description = "The bundle folder (with bundle.json).", DefaultValueFactory = _ => new DirectoryInfo(".") };

    private static Option<DirectoryInfo?> PackagesOption() => new("--packages") { Description = "Folder of plugin packages (default: the bundle's \"packages\" folder)." };

    private static Command Lock()
    {
        var folder = BundleFolder();
        var packages = PackagesOption();
        var command = new Command("lock", "Pin each module's exact version and package hash into bundle.lock.json.") { folder, packages };
        command.SetAction(async (parse, _) =>
        {
            var directory = parse.GetValue(folder)!.FullName;
            try
            {
                var locked = BundleTool.Lock(directory, Environment(parse.GetValue(packages)));
                var file = locked.Write(directory);
                foreach (var module in locked.Modules)
                {
                    Console.WriteLine($"{module.Id}\t{module.Version}\t{module.Kind}{(module.Package is null ? "" : $"\t{module.Package}")}");
                }

                Console.WriteLine($"Wrote {file}.");
                return 0;
            }
            catch (PackagingException ex)
            {
                return await CliHost.FailAsync(ex.Message);
            }
        });
        return command;
    }

    private static Command Check()
    {
        var folder = BundleFolder();
        var packages = PackagesOption();
        var command = new Command("check", "Pre-flight: versions, hashes, signatures, contracts, dependencies, licences — every problem at once.") { folder, packages };
        command.SetAction(async (parse, _) =>
        {
            var check = BundleTool.Check(parse.GetValue(folder)!.FullName, Environment(parse.GetValue(packages)), CliHost.Resolve(null, null).PluginKeys());
            Report(check);
            return check.Ok ? 0 : 1;
        });
        return command;
    }

    private static Command Build()
    {
        var folder = BundleFolder();
        var packages = PackagesOption();
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "The distribution folder to create (must not exist or be empty).", Required = true };
        var hostDir = new Option<DirectoryInfo?>("--host-dir") { Description = "The host build to ship (default: the host running this command)." };
        var command = new Command("build", "Check the bundle, then write a runnable distribution: host, exactly the bundle's plugins, configuration, run.sh.")
        {
            folder, packages, output, hostDir,
        };
        command.SetAction(async (parse, _) =>
        {
            var directory = parse.GetValue(folder)!.FullName;
            var check = BundleTool.Check(directory, Environment(parse.GetValue(packages)), CliHost.Resolve(null, null).PluginKeys());
            Report(check);
            if (!check.Ok)
            {
                return await CliHost.FailAsync("Not built: fix the problems above.");
            }

            try
            {
                var target = Distribution.Write(directory, check, parse.GetValue(output)!.FullName, parse.GetValue(hostDir)?.FullName ?? AppContext.BaseDirectory);
                Console.WriteLine($"Built {check.Bundle!.Name} {check.Bundle.Version} into {target}. Start it with {Path.Combine(target, "run.sh")}.");
                return 0;
            }
            catch (Exception ex) when (ex is PackagingException or IOException or UnauthorizedAccessException)
            {
                return await CliHost.FailAsync($"Not built: {ex.Message}");
            }
        });
        return command;
    }

    private static BundleEnvironment Environment(DirectoryInfo? packages)
    {
        var kernel = CliHost.Resolve(null, null).Kernel();
        return new BundleEnvironment(CliHost.Version, kernel.LinkedManifests, kernel.Preview)
        {
            PackagesDirectory = packages?.FullName,
            Now = TimeProvider.System.GetUtcNow(),
        };
    }

    private static void Report(BundleCheck check)
    {
        foreach (var warning in check.Warnings)
        {
            Console.WriteLine($"warning: {warning}");
        }

        foreach (var problem in check.Problems)
        {
            Console.WriteLine($"problem: {problem}");
        }

        Console.WriteLine(check.Ok
            ? $"Bundle {check.Bundle!.Name} {check.Bundle.Version}: OK ({check.Lock!.Modules.Count} modules)."
            : $"{check.Problems.Count} problem(s).");
    }
}
