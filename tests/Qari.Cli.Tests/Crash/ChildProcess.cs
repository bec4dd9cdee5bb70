using System.Diagnostics;
using System.Text;

namespace Qari.Cli.Tests.Crash;

/// <summary>The built <c>qari</c> executable run with <c>dotnet qari.dll …</c> as a child process; its output is kept for failure messages.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();

    private ChildProcess(Process process) => _process = process;

    /// <summary>Everything the process wrote so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get { lock (_gate) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string workingDirectory, params string[] args) => Start(new Dictionary<string, string>(), workingDirectory, args);

    /// <summary>Starts the child with extra <paramref name="environment"/> variables (test hooks).</summary>
    public static ChildProcess Start(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "qari.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var name in new[] { "QARI_API_KEY", "QARI_API_SECRET", "QARI_API_PASSPHRASE" }) start.Environment.Remove(name);
        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until a line of output contains <paramref name="text"/>; returns that line.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null) return line;
            if (_process.HasExited) break;
            await Task.Delay(50);
        }
        throw new TimeoutException($"'{text}' not seen in the child's output:\n{Tail()}");
    }

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>The exit code (once exited).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the child to exit on its own; false when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL (Process.Kill on Unix): no shutdown code runs, exactly like a crash.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(10_000);
    }

    public string Tail(int lines = 40) => string.Join("\n", Output.Split('\n').TakeLast(lines));

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_gate) _output.AppendLine(line);
    }
}
