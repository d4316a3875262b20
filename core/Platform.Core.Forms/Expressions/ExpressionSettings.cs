using Microsoft.Extensions.Configuration;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// Reads <see cref="ExpressionOptions"/> from configuration (<c>Modules:forms:Expressions</c>): <c>TimeoutMs</c>,
/// <c>MaxStatements</c>, <c>MemoryLimitBytes</c>, <c>RecursionLimit</c>, <c>MaxLength</c>, <c>TimeZone</c> (an IANA or
/// Windows id). Absent keys keep their defaults.
/// </summary>
internal static class ExpressionSettings
{
    public static ExpressionOptions From(IConfiguration section)
    {
        var defaults = new ExpressionOptions();
        return new ExpressionOptions
        {
            Timeout = section.GetValue<int?>("TimeoutMs") is { } ms ? TimeSpan.FromMilliseconds(ms) : defaults.Timeout,
            MaxStatements = section.GetValue("MaxStatements", defaults.MaxStatements),
            MemoryLimitBytes = section.GetValue("MemoryLimitBytes", defaults.MemoryLimitBytes),
            RecursionLimit = section.GetValue("RecursionLimit", defaults.RecursionLimit),
            MaxLength = section.GetValue("MaxLength", defaults.MaxLength),
            TimeZone = section["TimeZone"] is { Length: > 0 } zone ? TimeZoneInfo.FindSystemTimeZoneById(zone) : defaults.TimeZone,
        };
    }
}
