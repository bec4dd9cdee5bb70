namespace Qari.Storage.Database;

/// <summary>The supported database engines.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file (self-hosted default).</summary>
    Sqlite,
    /// <summary>PostgreSQL server (operators, many nodes).</summary>
    PostgreSql,
}
