using Platform.Contracts.Errors;

namespace Platform.Contracts.Messaging;

/// <summary>
/// Checks a request before its handler runs. Every validator registered for the request type runs; all field
/// errors are returned together as one validation failure. Data annotations on the request are checked too.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
public interface IRequestValidator<in TRequest>
{
    /// <summary>Returns every problem with the request; an empty list when it is valid.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    ValueTask<IReadOnlyList<FieldError>> ValidateAsync(TRequest request, CancellationToken cancellationToken);
}
