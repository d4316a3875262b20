using System.Text;
using Platform.Contracts.Errors;
using Platform.Contracts.Organization.Roles;
using Platform.Core.Organization.Import;

namespace Platform.Core.Organization.Tests.Import;

/// <summary>The JSON format: camelCase, enums as strings, and a misspelt property is an error, not silently ignored.</summary>
public sealed class OrgDocumentJsonTests
{
    [Test]
    public async Task Reads_camel_case_with_enum_strings()
    {
        var document = await ReadAsync("""
            { "roles": [ { "code": "department_head", "name": "Head", "kind": "relative", "holders": [ { "member": "m1", "department": "d1" } ] } ],
              "members": [ { "code": "m1", "login": "ann", "name": "Ann", "department": "d1", "enabled": false, "concurrent": [ { "department": "d2" } ] } ] }
            """);

        Assert.That(document.Roles![0].Kind, Is.EqualTo(RoleKind.Relative));
        Assert.That(document.Members![0].Concurrent![0].Department, Is.EqualTo("d2"));
    }

    [Test]
    public void An_unknown_property_is_an_error_with_its_path_and_line()
    {
        var ex = Assert.ThrowsAsync<PlatformException>(() => ReadAsync("""
            {
              "members": [
                { "code": "m1", "login": "ann", "name": "Ann", "departmnet": "d1" }
              ]
            }
            """));

        Assert.That(ex!.Kind, Is.EqualTo(ErrorKind.Validation));
        Assert.That(ex.Errors.Single().Code, Is.EqualTo("invalid_json"));
        Assert.That(ex.Errors.Single().Field, Is.EqualTo("members[0].departmnet"));
        Assert.That(ex.Errors.Single().Message, Does.Contain("departmnet").And.Contain("line 3"));
    }

    [Test]
    public void Malformed_json_is_an_error_with_its_line()
    {
        var ex = Assert.ThrowsAsync<PlatformException>(() => ReadAsync("{ \"units\": [ { \"code\": \"u1\", } ] }"));

        Assert.That(ex!.Errors.Single().Message, Does.Contain("line 1"));
    }

    [Test]
    public void An_unknown_enum_value_is_an_error()
    {
        var ex = Assert.ThrowsAsync<PlatformException>(() => ReadAsync("""{ "roles": [ { "code": "r", "name": "R", "kind": "sometimes" } ] }"""));

        Assert.That(ex!.Errors.Single().Field, Is.EqualTo("roles[0].kind"));
    }

    private static async Task<Contracts.Organization.Import.OrgDocument> ReadAsync(string json)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await OrgDocumentJson.ReadAsync(stream, CancellationToken.None);
    }
}
