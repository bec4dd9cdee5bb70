using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Qari.Simulator.Accounts;
using Qari.Vault.Tests.Support;

namespace Qari.Cli.Tests.Commands.Keys;

/// <summary>The real <c>qari</c> executable as a child process (secrets piped on its standard input), against the simulator.</summary>
public sealed class KeysProcessTests
{
    private static readonly SimKey Good = new("procGoodKey1", "proc/Good+Secret=0123456789abcdef~P", "acct", AllowedIps: ["127.0.0.1", "::1"]);
    private static readonly SimKey Withdraw = new("procWdKey1", "proc/Wd+Secret=0123456789abcdef~Q", "acct", Withdraw: true);

    private static async Task<(int Code, string Output)> QariAsync(string dataDir, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qari.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["QARI_DATA_DIR"] = dataDir;
        start.Environment.Remove("QARI_MASTER_KEY");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + "\n" + await stderr);
    }

    [Fact]
    public async Task KeysAdd_AsChildProcessWithPipedSecrets_ConnectsRefusesAndLeaksNothing()
    {
        await using var cli = await KeysCli.StartAsync(Good, Withdraw);
        var url = cli.Url;

        var add = await QariAsync(cli.DataDir, Good.KeyId + "\n" + Good.Secret + "\n", "keys", "add", "--exchange", "binance", "--base-url", url);
        var refused = await QariAsync(cli.DataDir, Withdraw.KeyId + "\n" + Withdraw.Secret + "\n", "keys", "add", "--exchange", "binance", "--base-url", url, "--label", "wd");
        var argument = await QariAsync(cli.DataDir, "", "keys", "add", "--exchange", "binance", "--label", "x", "--secret", Good.Secret);
        var list = await QariAsync(cli.DataDir, "", "keys", "list");

        Assert.Equal(0, add.Code);
        Assert.Equal(3, refused.Code);
        Assert.Equal(2, argument.Code);
        Assert.Matches(@"binance\s+binance\s+…Key1\s+Connected", list.Output);
        SqliteConnection.ClearAllPools();
        var database = await File.ReadAllBytesAsync(Path.Combine(cli.DataDir, "qari.db"));
        var outputs = string.Join("\n", add.Output, refused.Output, argument.Output, list.Output);
        foreach (var secret in new[] { Good.Secret, Withdraw.Secret })
        {
            Assert.Empty(SecretForms.FoundIn(secret, outputs));
            Assert.Empty(SecretForms.FoundIn(secret, database));
        }
    }
}
