using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Platform.Core.Forms.Expressions;

/// <summary>
/// Converts form data into plain JavaScript values and results back; nothing of .NET crosses into the sandbox.
/// Numbers are doubles inside expressions. A list of rows (a sub-table) also gets, for each column, a hidden property
/// holding that column's values, so <c>items.amount</c> is the list of amounts.
/// </summary>
internal static class JsonValues
{
    private const double MaxExactInteger = 9_007_199_254_740_991d;

    /// <summary>The JavaScript value of <paramref name="node"/>.</summary>
    public static JsValue ToJs(Engine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonObject obj => ToJs(engine, obj),
        JsonArray array => ToJs(engine, array),
        JsonValue value => ToJs(value),
        _ => JsValue.Null,
    };

    private static ObjectInstance ToJs(Engine engine, JsonObject obj)
    {
        var result = new JsObject(engine);
        foreach (var (key, value) in obj)
        {
            result.FastSetDataProperty(key, ToJs(engine, value));
        }

        return result;
    }

    private static JsArray ToJs(Engine engine, JsonArray array)
    {
        var items = new JsValue[array.Count];
        List<string>? columns = null;
        var rows = true;
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ToJs(engine, array[i]);
            if (array[i] is JsonObject row)
            {
                columns ??= [];
                foreach (var (key, _) in row)
                {
                    if (!columns.Contains(key))
                    {
                        columns.Add(key);
                    }
                }
            }
            else if (array[i] is not null)
            {
                rows = false;
            }
        }

        var result = new JsArray(engine, items);
        if (rows && columns is not null)
        {
            foreach (var column in columns)
            {
                if (IsColumnName(column))
                {
                    var values = new JsValue[items.Length];
                    for (var i = 0; i < items.Length; i++)
                    {
                        values[i] = items[i] is ObjectInstance row ? row.Get(column) : JsValue.Null;
                        if (values[i].IsUndefined())
                        {
                            values[i] = JsValue.Null;
                        }
                    }

                    result.FastSetProperty(column, new PropertyDescriptor(new JsArray(engine, values), PropertyFlag.None));
                }
            }
        }

        return result;
    }

    // A column whose name an array already uses (length, an index, a method) keeps the array's meaning.
    private static bool IsColumnName(string name) =>
        name != "length"
        && !uint.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)
        && !ExpressionChecker.AllowedMethods.Contains(name)
        && !ExpressionChecker.ForbiddenProperties.Contains(name);

    private static JsValue ToJs(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return new JsString(value.TryGetValue<string>(out var s) ? s : value.Deserialize<string>() ?? "");
            case JsonValueKind.Number:
                if (value.TryGetValue<double>(out var d))
                {
                    return JsNumber.Create(d);
                }

                if (value.TryGetValue<int>(out var n))
                {
                    return JsNumber.Create(n);
                }

                if (value.TryGetValue<long>(out var l))
                {
                    return JsNumber.Create(l);
                }

                if (value.TryGetValue<decimal>(out var m))
                {
                    return JsNumber.Create((double)m);
                }

                return JsNumber.Create(double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture));
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            default:
                return JsValue.Null;
        }
    }

    /// <summary>The JSON of a result. Undefined is null; NaN, infinities and functions fail.</summary>
    public static JsonNode? ToJson(JsValue value, int depth = 0)
    {
        if (depth > 64)
        {
            throw new ExpressionFailure("the result is nested too deeply");
        }

        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }

        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }

        if (value.IsNumber())
        {
            var d = value.AsNumber();
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                throw new ExpressionFailure("not a number (a division by zero or arithmetic on text?)");
            }

            return d == Math.Floor(d) && Math.Abs(d) <= MaxExactInteger ? JsonValue.Create((long)d) : JsonValue.Create(d);
        }

        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }

        if (value is JsArray array)
        {
            var result = new JsonArray();
            for (uint i = 0; i < array.Length; i++)
            {
                result.Add(ToJson(array[i], depth + 1));
            }

            return result;
        }

        if (value is JsObject obj)
        {
            var result = new JsonObject();
            foreach (var (key, descriptor) in obj.GetOwnProperties())
            {
                if (key.IsString() && descriptor.Enumerable)
                {
                    result[key.AsString()] = ToJson(obj.Get(key), depth + 1);
                }
            }

            return result;
        }

        throw new ExpressionFailure(value is Jint.Native.Function.Function ? "the result is a function, not a value" : "the result is not a plain value");
    }
}
