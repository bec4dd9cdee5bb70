using System.CommandLine;

namespace Qari.Cli.Commands.Data;

/// <summary><c>qari data …</c>: market-data files (verify; import and download come with the candle store).</summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var command = new Command("data", "Market data: check candle files.");
        command.Subcommands.Add(DataVerifyCommand.Create());
        return command;
    }
}
