using Microsoft.EntityFrameworkCore;

namespace Qari.Storage.Database;

/// <summary>The SQLite flavour of <see cref="QariDbContext"/> (embedded default); migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteQariDbContext(DbContextOptions<SqliteQariDbContext> options) : QariDbContext(options);
