using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using MediatR;
using Platform.Contracts.Errors;
using Platform.Contracts.Messaging;

namespace Platform.Core.Messaging;

/// <summary>
/// Checks data annotations on the request's properties and runs every <see cref="IRequestValidator{TRequest}"/>;
/// all field errors come back together as one <see cref="ErrorCodes.ValidationFailed"/> failure before the handler runs.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IRequestValidator<TRequest>> validators) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<FieldError>();
        if (request is not null)
        {
            errors.AddRange(AnnotationRules.Check(request));
        }

        foreach (var validator in validators)
        {
            errors.AddRange(await validator.ValidateAsync(request, cancellationToken));
        }

        return errors.Count > 0 ? throw PlatformException.Validation(errors) : await next();
    }
}

/// <summary>Data-annotation rules of a type, read once per type; each broken rule becomes a <see cref="FieldError"/> with a stable code.</summary>
internal static class AnnotationRules
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Field, ValidationAttribute[] Rules)[]> Cache = new();

    public static IEnumerable<FieldError> Check(object instance)
    {
        foreach (var (property, field, rules) in Cache.GetOrAdd(instance.GetType(), Read))
        {
            var value = property.GetValue(instance);
            foreach (var rule in rules)
            {
                var context = new ValidationContext(instance) { MemberName = property.Name, DisplayName = field };
                if (rule.GetValidationResult(value, context) is { } failure)
                {
                    yield return new FieldError(field, CodeOf(rule), failure.ErrorMessage ?? $"{field} is not valid.");
                }
            }
        }
    }

    private static (PropertyInfo, string, ValidationAttribute[])[] Read(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.GetCustomAttributes<ValidationAttribute>(inherit: true).ToArray()))
            .Where(x => x.Item3.Length > 0)
            .ToArray();

    private static string CodeOf(ValidationAttribute rule) => rule switch
    {
        RequiredAttribute => "required",
        StringLengthAttribute or MaxLengthAttribute or MinLengthAttribute or LengthAttribute => "length",
        RangeAttribute => "out_of_range",
        RegularExpressionAttribute => "pattern",
        EmailAddressAttribute or UrlAttribute or PhoneAttribute => "format",
        AllowedValuesAttribute or DeniedValuesAttribute => "not_allowed",
        _ => JsonNamingPolicy.SnakeCaseLower.ConvertName(rule.GetType().Name.Replace("Attribute", "", StringComparison.Ordinal)),
    };
}
