using System.Reflection;
using Qari.Exchanges.Http;

namespace Qari.Exchanges.Tests.Abstractions;

/// <summary>
/// Invariant 1 (spot only): no adapter names a withdrawal, transfer, margin, futures, lending or derivatives path —
/// checked on every endpoint table (found by reflection over <see cref="IEndpointTable"/>) and on the source text.
/// </summary>
public sealed class SpotOnlyTests
{
    private static readonly string[] Forbidden =
    [
        "withdraw", "transfer", "margin", "futures", "/fapi", "/dapi", "/eapi", "lending", "loan", "borrow", "repay",
        "savings", "earn", "staking", "convert", "/papi", "leverage", "position", "deposit", "sub-account", "subaccount",
    ];

    private static List<Type> TableTypes() =>
        typeof(IEndpointTable).Assembly.GetTypes().Where(t => typeof(IEndpointTable).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();

    public static TheoryData<Type> EndpointTables() => new(TableTypes());

    [Fact]
    public void EndpointTables_Always_IncludeEveryRegisteredAdapter() =>
        Assert.Equal(SpotExchangeFactory.EndpointTables.Select(t => t.GetType()).OrderBy(t => t.Name), TableTypes().OrderBy(t => t.Name));

    [Theory]
    [MemberData(nameof(EndpointTables))]
    public void EndpointTable_EveryPath_IsSpotOnly(Type tableType)
    {
        var table = (IEndpointTable)Activator.CreateInstance(tableType)!;
        Assert.NotEmpty(table.All);
        var statics = tableType.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Endpoint)).Select(f => (Endpoint)f.GetValue(null)!);
        foreach (var endpoint in table.All.Concat(statics))
        {
            foreach (var word in Forbidden)
                Assert.False(endpoint.Path.Contains(word, StringComparison.OrdinalIgnoreCase), $"{tableType.Name} names '{endpoint.Path}' ({word})");
        }
    }

    [Fact]
    public void Source_ExchangesProject_NamesNoForbiddenPath()
    {
        var root = FindRepositoryRoot();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src", "Qari.Exchanges"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sources);
        var pathLiteral = new System.Text.RegularExpressions.Regex("\"(/[^\"\\s]*)\"");
        foreach (var file in sources)
        {
            foreach (System.Text.RegularExpressions.Match m in pathLiteral.Matches(File.ReadAllText(file)))
            {
                foreach (var word in Forbidden)
                    Assert.False(m.Groups[1].Value.Contains(word, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(file)} names path '{m.Groups[1].Value}' ({word})");
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Qari.slnx"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Qari.slnx not found above the test directory.");
    }
}
