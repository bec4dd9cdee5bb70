using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Qari.Exchanges.Kraken;

/// <summary>
/// A nonce source safe across processes: one small file per (scope, key) holds the last nonce given out. Each
/// call opens it exclusively (<see cref="FileShare.None"/>, an OS lock on Windows and an advisory flock on Unix),
/// reads the high-water mark, writes <c>max(last + 1, floor)</c>, flushes to disk and releases it — so two
/// <c>qari</c> processes on one key never send the same or a smaller nonce. The floor is the clock-corrected time
/// in microseconds, so nonces also keep increasing after the file is lost.
/// </summary>
public sealed class FileKrakenNonceSource : IKrakenNonceSource
{
    private const int MaxAttempts = 2000;
    private readonly string _directory;
    private readonly string _scope;
    private readonly object _gate = new();

    /// <summary>Keeps the files in <paramref name="directory"/>; <paramref name="scope"/> (e.g. the API host) separates keys of different venues.</summary>
    public FileKrakenNonceSource(string directory, string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
        _scope = scope;
    }

    /// <summary>Where nonce files go: <c>$QARI_DATA_DIR/nonces/kraken</c>, else the user's local data folder; simulator (loopback) hosts use the temp folder.</summary>
    public static string DefaultDirectory(Uri baseUrl)
    {
        if (baseUrl.IsLoopback) return Path.Combine(Path.GetTempPath(), "qari-nonces", "kraken");
        var root = Environment.GetEnvironmentVariable("QARI_DATA_DIR");
        if (string.IsNullOrWhiteSpace(root)) root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "qari");
        return Path.Combine(root, "nonces", "kraken");
    }

    /// <summary>The file that holds the high-water mark of <paramref name="keyId"/> (a hash: key ids never appear in file names).</summary>
    public string PathOf(string keyId) =>
        Path.Combine(_directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_scope + "\n" + keyId)))[..32] + ".nonce");

    /// <inheritdoc />
    public long Next(string keyId, long floor)
    {
        var path = PathOf(keyId);
        lock (_gate)
        {
            Directory.CreateDirectory(_directory);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                    var next = Math.Max(Read(stream) + 1, floor);
                    var bytes = Encoding.ASCII.GetBytes(next.ToString(CultureInfo.InvariantCulture));
                    stream.SetLength(0);
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                    return next;
                }
                catch (IOException) when (attempt < MaxAttempts)
                {
                    // Another process holds the file for the few microseconds of its update: try again shortly.
                    Thread.Sleep(attempt < 10 ? 0 : 1);
                }
            }
        }
    }

    private static long Read(FileStream stream)
    {
        if (stream.Length == 0) return 0;
        var buffer = new byte[Math.Min(stream.Length, 32)];
        stream.ReadExactly(buffer);
        return long.TryParse(Encoding.ASCII.GetString(buffer), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }
}
