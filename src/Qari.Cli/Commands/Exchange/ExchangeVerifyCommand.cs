using System.CommandLine;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;

namespace Qari.Cli.Commands.Exchange;

/// <summary><c>qari exchange verify</c>: clock offset, key validity, permissions and IP restriction; refuses keys that can move funds.</summary>
internal static class ExchangeVerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var connection = new ConnectionOptions();
        var command = new Command("verify", "Check the connection and the API key: clock offset, permissions, IP restriction.");
        connection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var session = connection.Open(parse, needsKey: true, console);
            if (session is null) return 2;
            var exchange = session.Exchange;
            var offset = await session.Pipeline.SyncClockAsync(ct);
            if (!offset.IsSuccess)
            {
                console.Out.WriteLine($"FAIL cannot reach {exchange.Exchange.Name()}: {offset.Error.Message}");
                return 1;
            }
            console.Out.WriteLine($"exchange   {exchange.Exchange.Name()} at {session.Pipeline.Options.BaseUrl}");
            console.Out.WriteLine($"clock      server is {offset.Value.TotalMilliseconds:+0;-0;0} ms from this machine (corrected on every signed request)");
            console.Out.WriteLine($"key        {InMemoryCredentials.Shorten(session.KeyId!)}");
            var report = await exchange.GetKeyReportAsync(ct);
            if (!report.IsSuccess)
            {
                console.Out.WriteLine($"FAIL key rejected: {report.Error.Kind} — {report.Error.Message}");
                return 1;
            }
            Print(report.Value, console.Out);
            var danger = report.Value.DangerousPermissions();
            if (danger.Count > 0)
            {
                console.Out.WriteLine($"REFUSED    this key can {string.Join(", ", danger)}. Qari only accepts keys limited to reading and spot trading: create a new key without these permissions.");
                return 3;
            }
            if (report.Value.SpotTrade == Permission.Denied) console.Out.WriteLine("WARNING    the key cannot trade spot: Qari could only read.");
            if (report.Value.IpRestricted == Permission.Denied)
                console.Out.WriteLine("WARNING    the key is not restricted to an IP address: restrict it to this machine's public IP on the exchange.");
            var balances = await exchange.GetBalancesAsync(ct);
            console.Out.WriteLine(balances.IsSuccess ? $"balances   {balances.Value.Count} assets readable" : $"FAIL balances: {balances.Error.Message}");
            console.Out.WriteLine(balances.IsSuccess ? "OK" : "FAIL");
            return balances.IsSuccess ? 0 : 1;
        });
        return command;
    }

    internal static void Print(KeyReport report, TextWriter output)
    {
        output.WriteLine($"read       {Text(report.Read)}");
        output.WriteLine($"spot trade {Text(report.SpotTrade)}");
        output.WriteLine($"withdraw   {Text(report.Withdraw)}");
        output.WriteLine($"transfer   {Text(report.Transfer)}");
        output.WriteLine($"margin     {Text(report.Margin)}");
        output.WriteLine($"futures    {Text(report.Derivatives)}");
        output.WriteLine($"ip limit   {Text(report.IpRestricted)}{(report.AllowedIps.Count > 0 ? " (" + string.Join(", ", report.AllowedIps) + ")" : "")}");
        if (report.Note is { } note) output.WriteLine($"note       {note}");
    }

    private static string Text(Permission permission) => permission switch
    {
        Permission.Granted => "yes",
        Permission.Denied => "no",
        _ => "unknown (not exposed by the exchange)",
    };
}
