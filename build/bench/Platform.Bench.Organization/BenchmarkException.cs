namespace Platform.Bench.Organization;

/// <summary>A benchmark that could not run; the message says why.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
