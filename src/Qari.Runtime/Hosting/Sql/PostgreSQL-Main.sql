-- Orleans ADO.NET storage for PostgreSQL: the query table every provider reads its queries from.
-- From dotnet/orleans (MIT licence, src/AdoNet/Shared/PostgreSQL-Main.sql), for Microsoft.Orleans 10.4.2.
-- Orleans reads results by column name and writes by parameter name; keep both when tuning a query.
CREATE TABLE OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,

    CONSTRAINT OrleansQuery_Key PRIMARY KEY(QueryKey)
);
