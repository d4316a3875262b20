using System.Xml.Linq;
using Platform.Architecture.Tests.Model;

namespace Platform.Architecture.Tests.SelfTests;

/// <summary>Builds in-memory project files under a fake repository root, parsed by the same code as the real ones.</summary>
internal static class SyntheticProject
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "synthetic-repo");

    /// <param name="relativePath">E.g. "apps/Platform.Apps.Fake/Platform.Apps.Fake.csproj".</param>
    /// <param name="items">The inside of one &lt;ItemGroup&gt;.</param>
    /// <param name="properties">The inside of one &lt;PropertyGroup&gt;.</param>
    public static ProjectFile Create(string relativePath, string items, string properties = "") =>
        ProjectFile.Parse(Root, Path.Combine(Root, relativePath), XDocument.Parse(
            $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>{properties}</PropertyGroup>
              <ItemGroup>{items}</ItemGroup>
            </Project>
            """));
}
