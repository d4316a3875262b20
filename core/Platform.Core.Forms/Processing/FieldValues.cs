using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ganss.Xss;
using Platform.Contracts.Errors;
using Platform.Contracts.Forms.Definitions;
using Platform.Contracts.Organization.Directory;

namespace Platform.Core.Forms.Processing;

/// <summary>
/// Validates one submitted value of one field against its type and limits and returns the value to store, normalised
/// (money as a fixed-decimals string, date-times in UTC, rich text sanitised). Problems go into the error list.
/// </summary>
internal sealed class FieldValues(IMemberDirectory members, IOrgStructure structure)
{
    private static readonly HtmlSanitizer Sanitizer = new();
    private static readonly string[] Formats = ["F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"];

    /// <summary>Whether a value counts as not filled: absent, null, an empty string or an empty array.</summary>
    public static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length == 0,
        _ => false,
    };

    /// <summary>The value to store, or null when it is not valid (then at least one error was added).</summary>
    public JsonNode? Normalize(FieldPlan field, JsonNode value, JsonNode? stored, FieldPath path, List<FieldError> errors) => field.Type switch
    {
        FieldType.Text or FieldType.LongText => Text(field, value, path, errors, sanitize: false),
        FieldType.RichText => Text(field, value, path, errors, sanitize: true),
        FieldType.Number => Number(field, value, path, errors, money: false),
        FieldType.Money => Number(field, value, path, errors, money: true),
        FieldType.Date => Date(field, value, path, errors),
        FieldType.DateTime => Instant(field, value, path, errors),
        FieldType.SingleSelect => Single(field, value, path, errors),
        FieldType.MultiSelect => Multi(field, value, path, errors),
        FieldType.Boolean => Boolean(value, path, errors),
        FieldType.Member => Member(value, stored, path, errors),
        FieldType.Department => Department(value, path, errors),
        FieldType.Attachment => Attachment(field, value, path, errors),
        _ => Fail(errors, path, FieldErrorCodes.Type, "This field cannot hold a value."),
    };

    /// <summary>Reads a JSON number as a decimal, whatever CLR value backs the node.</summary>
    public static bool TryGetDecimal(JsonNode node, out decimal value)
    {
        value = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out value))
        {
            return true;
        }

        if (v.TryGetValue(out JsonElement element))
        {
            return element.TryGetDecimal(out value);
        }

        if (v.TryGetValue(out long l))
        {
            value = l;
            return true;
        }

        if (v.TryGetValue(out int i))
        {
            value = i;
            return true;
        }

        if (v.TryGetValue(out double d) && double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            value = (decimal)d;
            return true;
        }

        return false;
    }

    /// <summary>The decimal without trailing zeros (<c>1.50</c> → <c>1.5</c>).</summary>
    public static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>How a money amount is stored: a string with exactly <paramref name="precision"/> decimals.</summary>
    public static string MoneyText(decimal value, int precision) =>
        value.ToString((uint)precision < (uint)Formats.Length ? Formats[precision] : "F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static JsonNode? Fail(List<FieldError> errors, FieldPath path, string code, string message)
    {
        Report(errors, path, code, message);
        return null;
    }

    /// <summary>Adds the error; false, for <c>ok = Report(…)</c> where checking goes on to find more problems.</summary>
    private static bool Report(List<FieldError> errors, FieldPath path, string code, string message)
    {
        errors.Add(new FieldError(path.ToString(), code, message));
        return false;
    }

    private static bool TryGetString(JsonNode value, out string text)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            text = v.GetValue<string>();
            return true;
        }

        text = "";
        return false;
    }

    private static JsonNode? Text(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors, bool sanitize)
    {
        if (!TryGetString(value, out var text))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected text.");
        }

        if (sanitize)
        {
            text = Sanitizer.Sanitize(text);
        }

        var ok = true;
        var max = field.Definition.MaxLength;
        var min = field.Definition.MinLength;
        if (max is { } m && text.Length > m)
        {
            ok = Report(errors, path, FieldErrorCodes.TooLong, $"At most {m} characters.");
        }

        if (min is { } n && text.Length < n)
        {
            ok = Report(errors, path, FieldErrorCodes.TooShort, $"At least {n} characters.");
        }

        if (field.Pattern is { } pattern && !Matches(pattern, text))
        {
            ok = Report(errors, path, FieldErrorCodes.Pattern, "Does not have the expected form.");
        }

        return ok ? JsonValue.Create(text) : null;
    }

    private static bool Matches(System.Text.RegularExpressions.Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static JsonNode? Number(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors, bool money)
    {
        decimal number;
        if (money && TryGetString(value, out var text))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
            {
                return Fail(errors, path, FieldErrorCodes.Type, "Expected a decimal amount such as \"1234.50\".");
            }
        }
        else if (!TryGetDecimal(value, out number))
        {
            return Fail(errors, path, FieldErrorCodes.Type, money ? "Expected a decimal amount such as \"1234.50\"." : "Expected a number.");
        }

        number = Normalized(number);
        var ok = true;
        if (number.Scale > field.Precision)
        {
            ok = Report(errors, path, FieldErrorCodes.Precision, $"At most {field.Precision} decimal places.");
        }

        if ((field.MinNumber is { } min && number < min) || (field.MaxNumber is { } max && number > max))
        {
            ok = Report(errors, path, FieldErrorCodes.OutOfRange, RangeMessage(field));
        }

        if (!ok)
        {
            return null;
        }

        return money ? JsonValue.Create(MoneyText(number, field.Precision)) : JsonValue.Create(number);
    }

    private static string RangeMessage(FieldPlan field) => (field.Definition.Min, field.Definition.Max) switch
    {
        ({ } min, { } max) => $"Must be between {min} and {max}.",
        ({ } min, null) => $"Must be at least {min}.",
        (null, { } max) => $"Must be at most {max}.",
        _ => "Out of range.",
    };

    private static JsonNode? Date(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (!TryGetString(value, out var text))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a date (yyyy-MM-dd).");
        }

        if (FieldPlan.ParseDate(text) is not { } date)
        {
            return Fail(errors, path, FieldErrorCodes.InvalidDate, "Not a calendar date in the form yyyy-MM-dd.");
        }

        if ((field.MinDate is { } min && date < min) || (field.MaxDate is { } max && date > max))
        {
            return Fail(errors, path, FieldErrorCodes.OutOfRange, RangeMessage(field));
        }

        return JsonValue.Create(text);
    }

    private static JsonNode? Instant(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (!TryGetString(value, out var text))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a date and time (ISO 8601 with offset).");
        }

        if (FieldPlan.ParseInstant(text) is not { } instant)
        {
            return Fail(errors, path, FieldErrorCodes.InvalidDate, "Not an ISO 8601 date and time with an offset (e.g. 2026-03-02T09:00:00+08:00).");
        }

        if ((field.MinInstant is { } min && instant < min) || (field.MaxInstant is { } max && instant > max))
        {
            return Fail(errors, path, FieldErrorCodes.OutOfRange, RangeMessage(field));
        }

        return JsonValue.Create(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }

    private static JsonNode? Single(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (!TryGetString(value, out var text))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected one option value.");
        }

        return field.Options is { } options && options.Contains(text)
            ? JsonValue.Create(text)
            : Fail(errors, path, FieldErrorCodes.NotAnOption, $"'{text}' is not one of the options.");
    }

    private static JsonNode? Multi(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (value is not JsonArray array)
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a list of option values.");
        }

        var ok = true;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new JsonArray();
        foreach (var item in array)
        {
            if (item is null || !TryGetString(item, out var text))
            {
                ok = Report(errors, path, FieldErrorCodes.Type, "Expected a list of option values.");
            }
            else if (field.Options is null || !field.Options.Contains(text))
            {
                ok = Report(errors, path, FieldErrorCodes.NotAnOption, $"'{text}' is not one of the options.");
            }
            else if (!seen.Add(text))
            {
                ok = Report(errors, path, FieldErrorCodes.Duplicate, $"'{text}' is chosen twice.");
            }
            else
            {
                result.Add(JsonValue.Create(text));
            }
        }

        if (field.Definition.MaxLength is { } max && array.Count > max)
        {
            ok = Report(errors, path, FieldErrorCodes.TooLong, $"At most {max} options.");
        }

        if (field.Definition.MinLength is { } min && array.Count < min)
        {
            ok = Report(errors, path, FieldErrorCodes.TooShort, $"At least {min} options.");
        }

        return ok ? result : null;
    }

    private static JsonNode? Boolean(JsonNode value, FieldPath path, List<FieldError> errors) =>
        value.GetValueKind() switch
        {
            JsonValueKind.True => JsonValue.Create(true),
            JsonValueKind.False => JsonValue.Create(false),
            _ => Fail(errors, path, FieldErrorCodes.Type, "Expected true or false."),
        };

    private JsonNode? Member(JsonNode value, JsonNode? stored, FieldPath path, List<FieldError> errors)
    {
        if (!TryGetString(value, out var id))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a member id.");
        }

        var member = members.FindMember(id);
        if (member is null)
        {
            return Fail(errors, path, FieldErrorCodes.UnknownReference, $"There is no member '{id}'.");
        }

        // A disabled member stays valid where the record already held them, but cannot be newly chosen.
        if (!member.IsEnabled && !(stored is JsonValue s && s.GetValueKind() == JsonValueKind.String && s.GetValue<string>() == id))
        {
            return Fail(errors, path, FieldErrorCodes.DisabledReference, $"Member '{id}' is disabled.");
        }

        return JsonValue.Create(id);
    }

    private JsonNode? Department(JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (!TryGetString(value, out var id))
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a department id.");
        }

        return structure.FindDepartment(id) is null
            ? Fail(errors, path, FieldErrorCodes.UnknownReference, $"There is no department '{id}'.")
            : JsonValue.Create(id);
    }

    private static JsonNode? Attachment(FieldPlan field, JsonNode value, FieldPath path, List<FieldError> errors)
    {
        if (value is not JsonObject file)
        {
            return Fail(errors, path, FieldErrorCodes.Type, "Expected a file reference { name, size, hash }.");
        }

        foreach (var (property, _) in file)
        {
            if (property is not ("name" or "size" or "hash" or "contentType"))
            {
                return Fail(errors, path, FieldErrorCodes.InvalidAttachment, $"Unknown attachment property '{property}'.");
            }
        }

        var name = file["name"] is { } n && TryGetString(n, out var rawName) ? SafeFileName(rawName) : "";
        if (name.Length == 0)
        {
            return Fail(errors, path, FieldErrorCodes.InvalidAttachment, "The file name is missing.");
        }

        if (file["size"] is not { } sizeNode || !TryGetDecimal(sizeNode, out var size) || size < 0 || size != decimal.Truncate(size) || size > long.MaxValue)
        {
            return Fail(errors, path, FieldErrorCodes.InvalidAttachment, "The size must be a whole number of bytes.");
        }

        if (file["hash"] is not { } hashNode || !TryGetString(hashNode, out var hash) || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return Fail(errors, path, FieldErrorCodes.InvalidAttachment, "The hash must be a SHA-256 digest in 64 hexadecimal digits.");
        }

        string? contentType = null;
        if (file["contentType"] is { } typeNode && !TryGetString(typeNode, out contentType!))
        {
            return Fail(errors, path, FieldErrorCodes.InvalidAttachment, "The content type must be text.");
        }

        if (field.Definition.MaxLength is { } max && size > max)
        {
            return Fail(errors, path, FieldErrorCodes.TooLarge, $"At most {max} bytes.");
        }

        var result = new JsonObject
        {
            ["name"] = name,
            ["size"] = (long)size,
            ["hash"] = hash.ToLowerInvariant(),
        };
        if (!string.IsNullOrEmpty(contentType))
        {
            result["contentType"] = contentType;
        }

        return result;
    }

    /// <summary>The last segment of a file name, without path separators or control characters.</summary>
    private static string SafeFileName(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        var tail = cut >= 0 ? name[(cut + 1)..] : name;
        return new string(tail.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }
}
