namespace Platform.Architecture.Tests.Model;

/// <summary>Repository-relative paths ("apps/Platform.Apps.News/Platform.Apps.News.csproj") and the area they lie in.</summary>
internal static class RepositoryPath
{
    public const string KernelName = "Platform.Core";

    public static ProjectArea AreaOf(string relativePath)
    {
        var first = relativePath.Split('/', 2)[0];
        return first switch
        {
            "api-contracts" => ProjectArea.Contracts,
            "core" => ProjectArea.Core,
            "apps" => ProjectArea.Apps,
            "host" => ProjectArea.Host,
            "tests" => ProjectArea.Tests,
            _ => ProjectArea.Other,
        };
    }

    /// <summary>The path of <paramref name="fullPath"/> relative to <paramref name="root"/>, with '/' separators.</summary>
    public static string Relative(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    public static string ProjectNameOf(string path) =>
        Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
}
