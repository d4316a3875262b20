using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Platform.Contracts.Errors;

namespace Platform.Core.Messaging;

/// <summary>Logs every request with its duration and outcome; the outermost step of the pipeline.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("Handled {Request} in {ElapsedMs:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (PlatformException ex)
        {
            logger.LogInformation("{Request} refused with {Code} after {ElapsedMs:0.0} ms: {Message}", typeof(TRequest).Name, ex.Code, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Request} failed after {ElapsedMs:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
