using System.Text;
using Qari.Cli.Commands.Exchange;
using Qari.Vault.Credentials;

namespace Qari.Cli.Commands.Keys;

/// <summary>
/// Reads a key to connect: the API key id from <c>--key</c> or the first input line; then the secret and, where
/// the exchange uses one, the passphrase — from standard input (one per line) or, at a terminal, from a prompt
/// that does not echo. Never from arguments. A PEM private key (Coinbase CDP) may span lines up to its END line.
/// </summary>
internal static class SecretInput
{
    /// <summary>The credential, or null (after saying why on standard error).</summary>
    public static ExchangeCredential? Read(string? keyOption, bool needsPassphrase, CliConsole console)
    {
        var interactive = !console.InputRedirected;
        var key = keyOption;
        if (string.IsNullOrWhiteSpace(key))
        {
            if (interactive) console.Error.Write("API key: ");
            key = console.In.ReadLine();
        }
        if (string.IsNullOrWhiteSpace(key))
        {
            console.Error.WriteLine("No API key: give --key or pipe it as the first line of standard input.");
            return null;
        }
        var secret = interactive ? Hidden(console, "API secret (not shown): ") : ReadSecretLines(console.In);
        var passphrase = Array.Empty<char>();
        try
        {
            if (secret.AsSpan().IsWhiteSpace())
            {
                console.Error.WriteLine("No secret: pipe it on standard input (after the key unless --key is given), or type it at the prompt.");
                return null;
            }
            if (needsPassphrase)
            {
                passphrase = interactive ? Hidden(console, "Passphrase (not shown): ") : (console.In.ReadLine() ?? "").ToCharArray();
                if (passphrase.AsSpan().IsWhiteSpace())
                {
                    console.Error.WriteLine("This exchange's keys have a passphrase: give it on the line after the secret.");
                    return null;
                }
                return ExchangeCredential.KeySecretPassphrase(key, secret, passphrase);
            }
            return secret.AsSpan().Contains("PRIVATE KEY", StringComparison.Ordinal)
                ? ExchangeCredential.KeyNamePrivateKey(key, secret)
                : ExchangeCredential.KeySecret(key, secret);
        }
        finally
        {
            Array.Clear(secret);
            Array.Clear(passphrase);
        }
    }

    /// <summary>One line, or a whole PEM block when the line opens one.</summary>
    private static char[] ReadSecretLines(TextReader input)
    {
        var first = input.ReadLine() ?? "";
        if (!first.StartsWith("-----BEGIN", StringComparison.Ordinal)) return first.ToCharArray();
        var pem = new StringBuilder(first);
        while (input.ReadLine() is { } line)
        {
            pem.Append('\n').Append(line);
            if (line.StartsWith("-----END", StringComparison.Ordinal)) break;
        }
        var chars = new char[pem.Length];
        pem.CopyTo(0, chars, pem.Length);
        pem.Clear();
        return chars;
    }

    private static char[] Hidden(CliConsole console, string prompt)
    {
        console.Error.Write(prompt);
        var buffer = new char[1024];
        var length = 0;
        try
        {
            while (true)
            {
                var typed = Console.ReadKey(intercept: true);
                if (typed.Key == ConsoleKey.Enter) break;
                if (typed.Key == ConsoleKey.Backspace) { if (length > 0) buffer[--length] = '\0'; continue; }
                if (length == buffer.Length)
                {
                    var bigger = new char[buffer.Length * 2];
                    buffer.CopyTo(bigger, 0);
                    Array.Clear(buffer);
                    buffer = bigger;
                }
                buffer[length++] = typed.KeyChar;
            }
            console.Error.WriteLine();
            return buffer[..length];
        }
        finally
        {
            Array.Clear(buffer);
        }
    }
}
