namespace Qari.Cli.Tests.Commands.Serve;

/// <summary>A theory that runs only where POSIX signals can be sent to a child process (Linux, macOS).</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips with the reason on Windows.</summary>
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "sends SIGTERM/SIGINT to a child process; Windows has no POSIX signals";
    }
}
