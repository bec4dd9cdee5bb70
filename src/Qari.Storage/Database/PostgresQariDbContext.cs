using Microsoft.EntityFrameworkCore;

namespace Qari.Storage.Database;

/// <summary>The PostgreSQL flavour of <see cref="QariDbContext"/>; migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresQariDbContext(DbContextOptions<PostgresQariDbContext> options) : QariDbContext(options);
