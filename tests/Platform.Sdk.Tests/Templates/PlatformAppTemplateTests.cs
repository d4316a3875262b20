using Platform.Sdk.Tests.Packages;
using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.Templates;

/// <summary>
/// <c>dotnet new platform-app</c> as a vendor runs it: the template package installed into a hive of its own, a
/// solution generated in an empty folder, built and tested against the packed packages from a local feed — no
/// reference into this repository.
/// </summary>
[NonParallelizable]
public sealed class PlatformAppTemplateTests
{
    [Test]
    public async Task The_generated_plugin_builds_and_its_tests_pass_against_the_packed_packages()
    {
        var packages = await PackedPackages.EnsurePackedAsync();
        using var temp = new TempDirectory("template");
        var hive = temp.Combine("hive");
        var app = temp.Combine("Contoso.Fleet.Bookings");

        var install = await Dotnet(temp.Path, "new", "install", Path.Combine(packages, TemplatePackage(packages)), "--debug:custom-hive", hive);
        Assert.That(install.Succeeded, Is.True, install.Output);
        var create = await Dotnet(temp.Path, "new", "platform-app", "-n", "Contoso.Fleet.Bookings", "-o", app, "--vendor", "Contoso", "--debug:custom-hive", hive);
        Assert.That(create.Succeeded, Is.True, create.Output);

        var manifest = await File.ReadAllTextAsync(Path.Combine(app, "src", "Contoso.Fleet.Bookings", "plugin.json"));
        Assert.Multiple(() =>
        {
            Assert.That(manifest, Does.Contain("\"id\": \"bookings\"").And.Contain("\"vendor\": \"Contoso\"").And.Contain("\"entryAssembly\": \"Contoso.Fleet.Bookings.dll\""));
            Assert.That(File.Exists(Path.Combine(app, "src", "Contoso.Fleet.Bookings", "BookingsModule.cs")), Is.True);
            Assert.That(Directory.EnumerateFiles(app, "*.csproj", SearchOption.AllDirectories).Select(File.ReadAllText), Has.None.Contains("ProjectReference Include=\"" + RepoPaths.Root));
        });

        await LocalFeed.WriteNuGetConfigAsync(app, packages, temp.Combine("fallback"));
        var test = await Dotnet(app, new Dictionary<string, string> { ["NUGET_PACKAGES"] = temp.Combine("nuget-packages") }, "test", "Contoso.Fleet.Bookings.slnx", "-nologo");

        Assert.That(test.Succeeded, Is.True, test.Output);
        Assert.That(test.Output, Does.Match(@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+4,"));
        Assert.That(Directory.GetDirectories(temp.Combine("nuget-packages")).Select(Path.GetFileName), Does.Contain("platform.testing"), "restored from the local feed, not from a cache");
    }

    private static string TemplatePackage(string packages) =>
        Path.GetFileName(Directory.GetFiles(packages, "Platform.Templates.*.nupkg").Single());

    private static Task<ProcessResult> Dotnet(string directory, params string[] arguments) => Dotnet(directory, null, arguments);

    private static Task<ProcessResult> Dotnet(string directory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        ProcessRunner.RunAsync("dotnet", arguments, directory, environment, TimeSpan.FromMinutes(10));
}
