namespace Qari.Cli.Commands.Exchange;

/// <summary>What the exchange and simulator commands read and write: output, standard input, environment. Tests pass their own.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In, bool InputRedirected, Func<string, string?> Environment)
{
    /// <summary>The process console.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Console.In, Console.IsInputRedirected, global::System.Environment.GetEnvironmentVariable);
}
