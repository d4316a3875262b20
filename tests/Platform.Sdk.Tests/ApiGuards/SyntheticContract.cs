using System.Text.RegularExpressions;
using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.ApiGuards;

/// <summary>
/// A tiny contract project, <c>Acme.Contracts</c>, built with the repository's own settings for contracts
/// (build/Common.props + build/Contracts.targets, PublicAPI files, package validation) in a folder of its own, with its
/// released baselines in <see cref="BaselinesDirectory"/> instead of build/baselines.
/// </summary>
internal sealed partial class SyntheticContract
{
    public const string PackageId = "Acme.Contracts";

    private const string GreetingSource = """
        namespace Acme.Contracts;

        /// <summary>A greeting.</summary>
        public sealed class Greeting
        {
            /// <summary>Creates a greeting.</summary>
            /// <param name="text">What it says.</param>
            public Greeting(string text) => Text = text;

            /// <summary>What it says.</summary>
            public string Text { get; }

            /// <summary>The greeting of the morning.</summary>
            public static Greeting Morning() => new("Good morning");

            /// <summary>The greeting of the evening.</summary>
            public static Greeting Evening() => new("Good evening");
        }
        """;

    private const string ShippedApi = """
        #nullable enable
        Acme.Contracts.Greeting
        Acme.Contracts.Greeting.Greeting(string! text) -> void
        Acme.Contracts.Greeting.Text.get -> string!
        static Acme.Contracts.Greeting.Morning() -> Acme.Contracts.Greeting!
        static Acme.Contracts.Greeting.Evening() -> Acme.Contracts.Greeting!
        """;

    private readonly string workspace;

    private SyntheticContract(string workspace, string baselines)
    {
        this.workspace = workspace;
        BaselinesDirectory = baselines;
    }

    public string BaselinesDirectory { get; }

    private string ProjectDirectory => Path.Combine(workspace, PackageId);

    /// <summary>Writes the workspace: the build settings importing the repository's, and version 1.0.0 of the project.</summary>
    public static SyntheticContract Create(string workspace, string baselines)
    {
        Directory.CreateDirectory(workspace);
        var root = RepoPaths.Root.TrimEnd('/') + "/";
        File.WriteAllText(Path.Combine(workspace, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <RepoRoot>{root}</RepoRoot>
                <Configuration Condition="'$(Configuration)' == ''">Release</Configuration>
                <ProjectType>Contracts</ProjectType>
                <PlatformBaselinesDir>{baselines.TrimEnd('/')}/</PlatformBaselinesDir>
              </PropertyGroup>
              <Import Project="{root}build/Common.props" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(workspace, "Directory.Build.targets"), $"""
            <Project>
              <Import Project="{root}build/Contracts.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(workspace, "Directory.Packages.props"), $"""
            <Project>
              <Import Project="{root}Directory.Packages.props" />
            </Project>
            """);

        var contract = new SyntheticContract(workspace, baselines);
        Directory.CreateDirectory(contract.ProjectDirectory);
        contract.SetVersion("1.0.0");
        File.WriteAllText(Path.Combine(contract.ProjectDirectory, "Greeting.cs"), GreetingSource);
        File.WriteAllText(Path.Combine(contract.ProjectDirectory, "PublicAPI.Shipped.txt"), ShippedApi + "\n");
        File.WriteAllText(Path.Combine(contract.ProjectDirectory, "PublicAPI.Unshipped.txt"), "#nullable enable\n");
        return contract;
    }

    public void SetVersion(string version) => File.WriteAllText(Path.Combine(ProjectDirectory, $"{PackageId}.csproj"), $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <Version>{version}</Version>
            <Description>A contract package for the package validation tests.</Description>
          </PropertyGroup>
        </Project>
        """);

    /// <summary>Removes <c>Greeting.Evening()</c> from the code and from the PublicAPI files — as a careless change would.</summary>
    public void RemoveEvening()
    {
        Edit("Greeting.cs", text => EveningMember().Replace(text, ""));
        Edit("PublicAPI.Shipped.txt", text => text.Replace("static Acme.Contracts.Greeting.Evening() -> Acme.Contracts.Greeting!\n", ""));
    }

    /// <summary>Adds <c>Greeting.Night()</c>, recorded in PublicAPI.Unshipped.txt.</summary>
    public void AddNight()
    {
        Edit("Greeting.cs", text => text.Replace(
            "    /// <summary>The greeting of the evening.</summary>",
            "    /// <summary>The greeting of the night.</summary>\n    public static Greeting Night() => new(\"Good night\");\n\n    /// <summary>The greeting of the evening.</summary>"));
        Edit("PublicAPI.Unshipped.txt", text => text + "static Acme.Contracts.Greeting.Night() -> Acme.Contracts.Greeting!\n");
    }

    /// <summary>Runs <c>dotnet pack</c> as build/pack.sh does (a package build, package validation against the baselines).</summary>
    public Task<ProcessResult> PackAsync(string output) => ProcessRunner.RunAsync(
        "dotnet",
        ["pack", Path.Combine(ProjectDirectory, $"{PackageId}.csproj"), "-c", "Release", "-nologo", "-p:PlatformPack=true", $"-p:PackageOutputPath={output}/"],
        workspace);

    /// <summary>Copies this workspace (without build output) to <paramref name="target"/>, for a test to change on its own.</summary>
    public SyntheticContract CopyTo(string target)
    {
        foreach (var file in Directory.EnumerateFiles(workspace, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(workspace, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "bin-pack" or "obj-pack"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return new SyntheticContract(target, BaselinesDirectory);
    }

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(ProjectDirectory, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        if (after == before)
        {
            throw new InvalidOperationException($"The edit of {file} changed nothing.");
        }

        File.WriteAllText(path, after);
    }

    [GeneratedRegex(@"\s*/// <summary>The greeting of the evening\.</summary>\s*public static Greeting Evening\(\) => new\(""Good evening""\);")]
    private static partial Regex EveningMember();
}
