using Microsoft.Extensions.Configuration;
using Platform.Core.Forms.Expressions;

namespace Platform.Core.Forms.Tests.Expressions;

public sealed class ExpressionSettingsTests
{
    [Test]
    public void Limits_come_from_configuration_and_absent_keys_keep_their_defaults()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TimeoutMs"] = "50",
            ["MaxStatements"] = "500",
            ["TimeZone"] = "Asia/Shanghai",
        }).Build();

        var options = ExpressionSettings.From(section);

        Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
        Assert.That(options.MaxStatements, Is.EqualTo(500));
        Assert.That(options.TimeZone.BaseUtcOffset, Is.EqualTo(TimeSpan.FromHours(8)));
        Assert.That(options.MemoryLimitBytes, Is.EqualTo(new ExpressionOptions().MemoryLimitBytes));
    }

    [Test]
    public void A_configured_statement_limit_is_what_the_sandbox_enforces()
    {
        var options = ExpressionSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MaxStatements"] = "3" }).Build());
        var engine = ExpressionTestData.Engine(options);

        var failure = Assert.Throws<Platform.Contracts.Errors.PlatformException>(() =>
            engine.CreateScope([]).EvaluateUnchecked("(() => { while (true) {} })()"));

        Assert.That(failure!.Message, Does.Contain("limit of 3 steps"));
    }
}
