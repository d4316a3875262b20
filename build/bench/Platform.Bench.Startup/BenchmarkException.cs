namespace Platform.Bench.Startup;

/// <summary>The benchmark cannot go on: bad arguments, a missing build, or a host that did not start or load its modules.</summary>
internal sealed class BenchmarkException(string message) : Exception(message);
