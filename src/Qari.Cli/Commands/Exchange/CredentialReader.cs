using Qari.Exchanges.Http;

namespace Qari.Cli.Commands.Exchange;

/// <summary>
/// Reads an API key from <c>QARI_API_KEY</c> / <c>QARI_API_SECRET</c> / <c>QARI_API_PASSPHRASE</c>, or else from
/// standard input (key, secret, optional passphrase, one per line; typed secrets are not echoed). Never from a
/// command-line argument, which would land in shell history and process lists.
/// </summary>
internal static class CredentialReader
{
    public static InMemoryCredentials? Read(CliConsole console)
    {
        var key = console.Environment("QARI_API_KEY");
        var secret = console.Environment("QARI_API_SECRET");
        if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrEmpty(secret))
            return new InMemoryCredentials(key.Trim(), secret, NullIfEmpty(console.Environment("QARI_API_PASSPHRASE")));
        if (console.InputRedirected)
        {
            key = console.In.ReadLine();
            secret = console.In.ReadLine();
            var passphrase = console.In.ReadLine();
            return string.IsNullOrWhiteSpace(key) || string.IsNullOrEmpty(secret) ? null : new InMemoryCredentials(key.Trim(), secret, NullIfEmpty(passphrase));
        }
        console.Error.Write("API key: ");
        key = console.In.ReadLine();
        console.Error.Write("API secret (not shown): ");
        secret = ReadHidden();
        console.Error.Write("Passphrase (empty if none, not shown): ");
        var typedPassphrase = ReadHidden();
        return string.IsNullOrWhiteSpace(key) || string.IsNullOrEmpty(secret) ? null : new InMemoryCredentials(key.Trim(), secret, NullIfEmpty(typedPassphrase));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); continue; }
            chars.Add(key.KeyChar);
        }
        Console.Error.WriteLine();
        return new string(chars.ToArray());
    }
}
