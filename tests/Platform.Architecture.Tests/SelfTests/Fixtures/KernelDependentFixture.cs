using Platform.Core.Hosting;

namespace Platform.Architecture.Tests.SelfTests.Fixtures;

/// <summary>A deliberate dependency on the kernel, for proving the assembly checker reports one.</summary>
internal static class KernelDependentFixture
{
    public static string DataDirectoryOf(KernelOptions options) => options.DataDirectory;
}
