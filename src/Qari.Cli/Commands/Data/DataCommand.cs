using System.CommandLine;

namespace Qari.Cli.Commands.Data;

/// <summary><c>qari data …</c>: market data — import into the candle store, download from an exchange, list and verify.</summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Market data: import candle files or download candles into the store, list and verify them.");
        command.Subcommands.Add(DataImportCommand.Create());
        command.Subcommands.Add(DataDownloadCommand.Create());
        command.Subcommands.Add(DataListCommand.Create());
        command.Subcommands.Add(DataVerifyCommand.Create());
        return command;
    }
}
