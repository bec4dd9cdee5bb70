namespace Qari.Runtime.Demo;

/// <summary>Finds the repository's demo candles (demo/data) from the working directory or the executable upwards.</summary>
public static class DemoData
{
    /// <summary>The demo/data directory, or null when not found.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "demo", "data");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
