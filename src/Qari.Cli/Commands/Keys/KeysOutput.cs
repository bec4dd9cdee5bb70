using System.Globalization;
using Qari.Cli.Commands.Exchange;
using Qari.Connect;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Vault.Store;

namespace Qari.Cli.Commands.Keys;

/// <summary>How the keys commands print: metadata, permissions and warnings, never key material.</summary>
internal static class KeysOutput
{
    public static void Outcome(ConnectOutcome outcome, TextWriter output)
    {
        var c = outcome.Credential;
        output.WriteLine($"exchange   {c.Exchange.Name()} (account '{c.AccountLabel}')");
        output.WriteLine($"key        {c.KeyHint}");
        ExchangeVerifyCommand.Print(outcome.Report, output);
        foreach (var warning in outcome.Warnings) output.WriteLine($"WARNING    {warning}");
        output.WriteLine($"CONNECTED  credential {c.Id} (version {c.Version}), stored encrypted under master key {c.MasterKey}");
    }

    /// <summary>Prints a failure and returns the exit code: 3 refused for its permissions, 1 otherwise.</summary>
    public static int Failure(Error error, TextWriter output)
    {
        output.WriteLine(error.Code == ConnectErrors.Refused ? error.Message : $"FAIL       {error.Message}");
        return error.Code == ConnectErrors.Refused ? 3 : 1;
    }

    public static void Summary(CredentialSummary c, TextWriter output)
    {
        var checkedAt = c.LastCheckedAt?.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "never";
        output.WriteLine($"{c.Exchange.Name(),-9} {c.AccountLabel,-16} {c.KeyHint,-8} {c.Status,-12} {checkedAt,-20} {c.Id} {c.StatusDetail}");
    }

    public static void Header(TextWriter output) =>
        output.WriteLine($"{"exchange",-9} {"label",-16} {"key",-8} {"status",-12} {"last check",-20} {"credential id",-32} detail");
}
