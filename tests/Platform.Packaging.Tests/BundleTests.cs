using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using NuGet.Versioning;
using Platform.Core.Hosting;
using Platform.Core.Modules;
using Platform.Core.Packaging;
using Platform.Core.Packaging.Bundles;

namespace Platform.Packaging.Tests;

public sealed class BundleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private TempFolder _temp = null!;
    private SigningKey _vendor = null!;
    private string _bundle = null!;
    private string _packages = null!;
    private BundleEnvironment _environment = null!;

    [SetUp]
    public void SetUp()
    {
        _temp = new TempFolder();
        _vendor = SigningKey.Create("acme");
        _bundle = _temp.Sub("bundle");
        _packages = _temp.Sub("bundle/packages");
        Directory.CreateDirectory(Path.Combine(_bundle, "trust", "plugins"));
        File.WriteAllText(Path.Combine(_bundle, "trust", "plugins", "acme.pub.pem"), _vendor.PublicKeyPem);
        var kernel = new PlatformKernel(
            new KernelOptions
            {
                DataDirectory = _temp.Sub("data"),
                Contracts = new ContractCatalog(new Dictionary<string, NuGetVersion> { ["Platform.Contracts"] = new(1, 0, 0) }),
            },
            NullLoggerFactory.Instance);
        _environment = new BundleEnvironment(new NuGetVersion(1, 0, 0), kernel.LinkedManifests, kernel.Preview) { Now = Now };
    }

    [TearDown]
    public void TearDown()
    {
        _vendor.Dispose();
        _temp.Dispose();
    }

    private string Package(string id, string version, SigningKey? key = null, Action<JsonObject>? edit = null)
    {
        var folder = SamplePlugin.Write(_temp.Sub($"src/{id}-{version}"), id, version, edit);
        return PluginPackage.Pack(folder, key ?? _vendor, _packages);
    }

    private void WriteBundle(JsonObject modules, string host = "[1.0.0, 2.0.0)") =>
        File.WriteAllText(Path.Combine(_bundle, BundleManifest.FileName), new JsonObject
        {
            ["name"] = "visits",
            ["version"] = "1.0.0",
            ["host"] = host,
            ["modules"] = modules,
        }.ToJsonString());

    private string KernelVersion => _environment.Linked.Single(m => m.Id == "kernel").Version;

    [Test]
    public void Locking_pins_the_highest_package_in_range_with_its_hash_and_engines_at_the_host_version()
    {
        Package("acme.visits", "1.2.0");
        var chosen = Package("acme.visits", "1.3.0");
        Package("acme.visits", "2.0.0");
        WriteBundle(new JsonObject { ["acme.visits"] = "[1.0.0, 2.0.0)", ["kernel"] = "[0.0.0, 99.0.0)" });

        var locked = BundleTool.Lock(_bundle, _environment);

        Assert.That(locked.Modules, Is.EqualTo(new[]
        {
            new LockedModule("acme.visits", "1.3.0", "app") { Package = "acme.visits-1.3.0.platform-plugin", Sha256 = BundleTool.Sha256Of(chosen) },
            new LockedModule("kernel", KernelVersion, "engine"),
        }));
    }

    [Test]
    public void Locking_reports_every_module_it_cannot_pin()
    {
        WriteBundle(new JsonObject { ["acme.visits"] = "[1.0.0, 2.0.0)", ["acme.rooms"] = "[1.0.0, 2.0.0)", ["kernel"] = "[50.0.0, 99.0.0)" });

        var ex = Assert.Throws<PackagingException>(() => BundleTool.Lock(_bundle, _environment));

        Assert.That(ex!.Message, Does.Contain("acme.visits [1.0.0, 2.0.0): no package").And.Contain("acme.rooms [1.0.0, 2.0.0): no package").And.Contain("the host links kernel"));
    }

    [Test]
    public void A_locked_bundle_of_signed_compatible_packages_passes_the_check()
    {
        Package("acme.visits", "1.2.0");
        Package("acme.rooms", "1.0.0", edit: m => m["dependencies"] = new JsonObject { ["acme.visits"] = "[1.0.0, 2.0.0)" });
        WriteBundle(new JsonObject { ["acme.visits"] = "[1.0.0, 2.0.0)", ["acme.rooms"] = "[1.0.0, 2.0.0)" });
        BundleTool.Lock(_bundle, _environment).Write(_bundle);

        var check = BundleTool.Check(_bundle, _environment);

        Assert.That(check.Problems, Is.Empty);
        Assert.That(check.Packages.Keys, Is.EquivalentTo(new[] { "acme.visits", "acme.rooms" }));
    }

    [Test]
    public void The_check_reports_every_problem_together()
    {
        using var stranger = SigningKey.Create("stranger");
        var swapped = Package("acme.visits", "1.2.0");
        Package("acme.rooms", "1.0.0", key: stranger);
        Package("acme.future", "1.0.0", edit: m => m["contracts"] = new JsonObject { ["Platform.Contracts"] = "[2.0.0, 3.0.0)" });
        Package("acme.lonely", "1.0.0", edit: m => m["dependencies"] = new JsonObject { ["acme.ghost"] = "[1.0.0, 2.0.0)" });
        var modules = new JsonObject
        {
            ["acme.visits"] = "[1.0.0, 2.0.0)",
            ["acme.rooms"] = "[1.0.0, 2.0.0)",
            ["acme.future"] = "[1.0.0, 2.0.0)",
            ["acme.lonely"] = "[1.0.0, 2.0.0)",
        };
        WriteBundle(modules);
        BundleTool.Lock(_bundle, _environment).Write(_bundle);
        WriteBundle(modules.DeepClone().AsObject(), host: "[3.0.0, 4.0.0)");
        var locked = BundleTool.Sha256Of(swapped);
        Package("acme.visits", "1.2.0", key: stranger);
        Assert.That(BundleTool.Sha256Of(swapped), Is.Not.EqualTo(locked), "the package must really be swapped after locking");

        var problems = BundleTool.Check(_bundle, _environment).Problems;

        Assert.That(problems, Has.Some.Contains("The bundle needs host [3.0.0, 4.0.0); this host is 1.0.0"));
        Assert.That(problems, Has.Some.Contains("acme.visits: acme.visits-1.2.0.platform-plugin is not the locked package (SHA-256 differs)"));
        Assert.That(problems, Has.Some.Contains("acme.rooms: acme.rooms-1.0.0.platform-plugin is signed by key 'stranger', which this host does not trust"));
        Assert.That(problems, Has.Some.Contains("acme.future: Incompatible: Incompatible contracts: Platform.Contracts [2.0.0, 3.0.0) is required but this host provides 1.0.0"));
        Assert.That(problems, Has.Some.Contains("acme.lonely: MissingDependency: Missing dependency: module 'acme.ghost' [1.0.0, 2.0.0) is not installed"));
    }

    [Test]
    public void A_licensed_module_is_checked_against_the_licences_the_bundle_carries()
    {
        Package("acme.visits", "1.2.0", edit: m => { m["requiresLicense"] = true; m["released"] = "2026-10-01"; });
        WriteBundle(new JsonObject { ["acme.visits"] = "[1.0.0, 2.0.0)" });
        BundleTool.Lock(_bundle, _environment).Write(_bundle);

        var without = BundleTool.Check(_bundle, _environment);
        Assert.That(without.Problems, Is.Empty);
        Assert.That(without.Warnings, Has.One.Contains("acme.visits requires a licence and the bundle carries none"));

        using var issuer = SigningKey.Create("acme-licensing");
        Directory.CreateDirectory(Path.Combine(_bundle, "trust", "licenses"));
        File.WriteAllText(Path.Combine(_bundle, "trust", "licenses", "acme-licensing.pub.pem"), issuer.PublicKeyPem);
        Directory.CreateDirectory(Path.Combine(_bundle, "licenses"));
        var expired = new Platform.Core.Licensing.LicenseDocument("L-1", "Contoso", "any-installation", [new("acme.visits", new DateOnly(2027, 1, 1))], Now.AddDays(-30), Now.AddDays(-1));
        File.WriteAllBytes(Path.Combine(_bundle, "licenses", "l-1.platform-license"), Platform.Core.Licensing.LicenseFile.Issue(expired, issuer).ToBytes());

        var withExpired = BundleTool.Check(_bundle, _environment);

        Assert.That(withExpired.Problems, Has.One.Contains("acme.visits: requires a licence").And.Contains("expired on"));
    }

    [Test]
    public void A_bundle_with_unknown_fields_setup_steps_or_missing_setup_files_is_reported_in_full()
    {
        File.WriteAllText(Path.Combine(_bundle, BundleManifest.FileName), """
            {
              "name": "visits", "version": "one", "host": "[1.0.0, 2.0.0)",
              "modules": { "acme.visits": "not a range" },
              "setup": [ { "run": "org-import", "file": "setup/missing.json" }, { "run": "format-disk" }, { "run": "demo-data" } ]
            }
            """);

        var (bundle, problems) = BundleManifest.Read(_bundle);

        Assert.That(bundle, Is.Null);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "version 'one' is not a SemVer version",
            "modules.acme.visits: 'not a range' is not a version range",
            "setup[0]: file 'setup/missing.json' does not exist in the bundle folder",
            "setup[1]: unknown step 'format-disk' (known: org-import, demo-data)",
        }));
        File.WriteAllText(Path.Combine(_bundle, BundleManifest.FileName), """{ "name": "x", "version": "1.0.0", "host": "[1.0.0, )", "modules": { "a": "1.0.0" }, "modul": {} }""");
        Assert.That(BundleManifest.Read(_bundle).Problems.Single(), Does.Contain("modul"));
    }
}
