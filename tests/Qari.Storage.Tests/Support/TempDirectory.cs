using Microsoft.Data.Sqlite;

namespace Qari.Storage.Tests.Support;

/// <summary>A temporary directory deleted after the test.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("qari-storage-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
