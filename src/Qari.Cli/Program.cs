using System.CommandLine;
using Qari.Cli.Commands.Data;
using Qari.Cli.Commands.Exchange;
using Qari.Cli.Commands.Simulator;

// The composition root: each command group registers itself here.
var root = new RootCommand("Qari — autonomous crypto spot trading. Spot only, long only; every position has a stop on the exchange.");
root.Subcommands.Add(DataCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Analyze.AnalyzeCommand.Create());
root.Subcommands.Add(ExchangeCommand.Create());
root.Subcommands.Add(SimulatorCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Keys.KeysCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Vault.VaultCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Backtest.BacktestCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Serve.ServeCommand.Create());
root.Subcommands.Add(Qari.Cli.Commands.Status.StatusCommand.Create());
// Ctrl+C / SIGTERM cancel the command's token; serve then stops its silo and closes its journal, which takes longer
// than System.CommandLine's default 2 s before it gives up on the action.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(20) });
