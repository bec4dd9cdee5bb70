using System.CommandLine;
using Qari.Cli.Commands.Exchange;
using System.Globalization;
using Qari.Runtime.Journal;

namespace Qari.Cli.Commands.Status;

/// <summary><c>qari status</c>: accounts, open positions with stops and targets, today's and this week's R, kill switch — from the journal (SQLite or PostgreSQL).</summary>
internal static class StatusCommand
{
    public static Command Create(CliConsole? console = null)
    {
        var io = console ?? CliConsole.System;
        var dataDir = new Option<string>("--data-dir") { Description = "Where the SQLite journal (qari.db) is kept (unused when QARI_JOURNAL_POSTGRES or QARI_CLUSTER_POSTGRES names a PostgreSQL).", DefaultValueFactory = _ => ".qari" };
        var command = new Command("status", "Print accounts, open positions (stops, targets), today's and this week's R and the kill switch, from the journal.") { dataDir };
        command.SetAction(async (parse, ct) =>
        {
            // The journal's location follows the same rule as serve's: QARI_JOURNAL_POSTGRES, QARI_CLUSTER_POSTGRES, else SQLite.
            var read = await JournalLocation.FromEnvironment(parse.GetValue(dataDir)!, Environment.GetEnvironmentVariable).ReadStatusAsync(ct);
            if (!read.IsSuccess)
            {
                io.Error.WriteLine($"FAIL {read.Error!.Message}");
                return 1;
            }
            Print(read.Value, io.Out);
            return 0;
        });
        return command;
    }

    internal static void Print(IReadOnlyList<AccountSnapshot> accounts, TextWriter o)
    {
        foreach (var a in accounts)
        {
            o.WriteLine($"account {a.Name} on {a.Exchange}   as of {a.Clock.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC (market time)");
            o.WriteLine($"  equity      {N(Math.Round(a.Equity, 2))} USDT");
            o.WriteLine($"  R today     {N(Math.Round(a.DayR, 2))}    R this week {N(Math.Round(a.WeekR, 2))}");
            o.WriteLine($"  kill switch {(a.KillTripped ? "TRIPPED: " + a.KillReason : "off")}");
            o.WriteLine($"  exchange    {(a.Degraded ? "DEGRADED (entries blocked, stops stay)" : "reachable")}");
            if (a.Positions.Count == 0)
            {
                o.WriteLine("  no open positions");
                continue;
            }
            o.WriteLine($"  {"symbol",-10} {"trade",5} {"phase",-12} {"quantity",14} {"avg entry",14} {"stop",14} {"stop %",7} {"target 1",14} {"target 2",14}");
            foreach (var p in a.Positions)
            {
                var pct = p.AverageEntry > 0 ? (1m - p.Stop / p.AverageEntry) * 100m : 0m;
                o.WriteLine($"  {p.Symbol,-10} {p.Trade,5} {p.Phase,-12} {N(p.Quantity),14} {N(Math.Round(p.AverageEntry, 8)),14} {N(p.Stop),14} {N(Math.Round(pct, 1)),6}% {N(p.Target1),14} {Target2(p.Target2),14}");
            }
        }
    }

    // No second structural target: the candidate mapper puts PT2 out of reach and the rest rides the trailing stop.
    private static string Target2(decimal t2) => t2 == decimal.MaxValue ? "trailing" : N(t2);

    private static string N(decimal d) => d.ToString("0.########", CultureInfo.InvariantCulture);
}
