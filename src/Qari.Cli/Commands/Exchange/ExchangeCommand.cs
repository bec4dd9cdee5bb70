using System.CommandLine;

namespace Qari.Cli.Commands.Exchange;

/// <summary><c>qari exchange …</c>: diagnose a connection — verify a key, list markets, fetch candles and balances, place/cancel/get an order.</summary>
internal static class ExchangeCommand
{
    public static Command Create(CliConsole? console = null)
    {
        var io = console ?? CliConsole.System;
        var command = new Command("exchange", "Talk to an exchange (or the simulator) for diagnosis. Keys come from QARI_API_KEY/QARI_API_SECRET/QARI_API_PASSPHRASE or standard input, never from arguments.");
        command.Subcommands.Add(ExchangeVerifyCommand.Create(io));
        command.Subcommands.Add(ExchangeMarketCommands.Markets(io));
        command.Subcommands.Add(ExchangeMarketCommands.Candles(io));
        command.Subcommands.Add(ExchangeMarketCommands.Balances(io));
        command.Subcommands.Add(ExchangeOrderCommands.Create(io));
        return command;
    }
}
