using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;
using Platform.Sdk.Tests.Support;

namespace Platform.Sdk.Tests.Packages;

/// <summary>What build/pack.sh produces: one package per packable project, with symbols, deterministic paths and its own version.</summary>
[NonParallelizable]
public sealed class PackTests
{
    private static readonly string[] KitPackages = ["Platform.Host", "Platform.Testing", "Platform.Templates"];

    [Test]
    public async Task Packs_every_contract_and_engine_the_host_and_its_test_kit_and_the_templates()
    {
        var directory = await PackedPackages.EnsurePackedAsync();
        var expected = ProjectsIn("api-contracts").Concat(ProjectsIn("core")).Concat(KitPackages);

        var packed = System.IO.Directory.GetFiles(directory, "*.nupkg").Select(ReadIdentity).ToList();

        Assert.That(packed.Select(p => p.Id), Is.EquivalentTo(expected));
        foreach (var (id, version) in packed.Where(p => p.Id != "Platform.Templates"))
        {
            Assert.That(File.Exists(PackedPackages.Package(id, version, "snupkg")), Is.True, $"{id} has no symbol package");
        }
    }

    [Test]
    public async Task Each_contract_package_carries_the_version_of_its_project()
    {
        await PackedPackages.EnsurePackedAsync();

        foreach (var id in ProjectsIn("api-contracts"))
        {
            var project = XDocument.Load(Path.Combine(RepoPaths.Root, "api-contracts", id, $"{id}.csproj"));
            var version = project.Descendants("Version").Single().Value;
            Assert.That(File.Exists(PackedPackages.Package(id, version)), Is.True, $"{id} {version} was not packed");
        }
    }

    [Test]
    public async Task Symbols_are_built_deterministically_with_source_paths_mapped()
    {
        await PackedPackages.EnsurePackedAsync();
        var (_, version) = ReadIdentity(System.IO.Directory.GetFiles(PackedPackages.Directory, "Platform.Contracts.1*.nupkg").Single());

        using var symbols = ZipFile.OpenRead(PackedPackages.Package("Platform.Contracts", version, "snupkg"));
        using var pdb = new MemoryStream();
        await using (var entry = symbols.GetEntry("lib/net10.0/Platform.Contracts.pdb")!.Open())
        {
            await entry.CopyToAsync(pdb);
        }

        pdb.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        var reader = provider.GetMetadataReader();
        var documents = reader.Documents.Select(handle => reader.GetString(reader.GetDocument(handle).Name)).ToList();
        Assert.That(documents, Is.Not.Empty);
        Assert.That(documents.Where(d => !d.EndsWith(".AssemblyAttributes.cs", StringComparison.Ordinal)), Is.All.StartsWith("/_/"), "ContinuousIntegrationBuild maps source paths");
    }

    private static IEnumerable<string> ProjectsIn(string folder) =>
        System.IO.Directory.GetDirectories(Path.Combine(RepoPaths.Root, folder))
            .Where(dir => File.Exists(Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
            .Select(Path.GetFileName)!;

    private static (string Id, string Version) ReadIdentity(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (metadata.Elements().Single(e => e.Name.LocalName == "id").Value, metadata.Elements().Single(e => e.Name.LocalName == "version").Value);
    }
}
