using System.Net;
using System.Net.Sockets;

namespace Qari.Runtime.Tests.Trading;

/// <summary>
/// A loopback TCP forwarder in front of a real PostgreSQL, so a test can make the database go away mid-run: <see cref="Cut"/>
/// resets every forwarded connection and refuses new ones (accepted, then reset at once, as a server that went away);
/// <see cref="Stall"/> keeps connections open but forwards nothing (a network that silently drops packets);
/// <see cref="Restore"/> forwards again. Bytes are copied untouched (TLS negotiation included).
/// </summary>
internal sealed class PostgresProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<Socket> _open = [];
    private readonly Task _accepting;
    private volatile Mode _mode = Mode.Forward;
    private int _refused;

    public PostgresProxy(string upstreamHost, int upstreamPort)
    {
        _upstreamHost = upstreamHost;
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    private enum Mode
    {
        Forward,
        Cut,
        Stall,
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>True while connections are refused or stalled.</summary>
    public bool Down => _mode != Mode.Forward;

    /// <summary>Connection attempts refused while cut.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>The database goes away: every open connection is reset, new ones are reset as soon as they arrive.</summary>
    public void Cut()
    {
        _mode = Mode.Cut;
        List<Socket> open;
        lock (_gate)
        {
            open = [.. _open];
            _open.Clear();
        }
        foreach (var socket in open) Reset(socket);
    }

    /// <summary>The network goes silent: connections stay open (new ones are accepted) but no byte is forwarded either way.</summary>
    public void Stall() => _mode = Mode.Stall;

    /// <summary>The database is reachable again (connections stalled meanwhile stay dead: they are reset).</summary>
    public void Restore()
    {
        if (_mode == Mode.Stall) Cut();
        _mode = Mode.Forward;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try { await _accepting; }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException) { /* stopped */ }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            if (_mode == Mode.Cut)
            {
                Interlocked.Increment(ref _refused);
                Reset(client);
                continue;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await server.ConnectAsync(_upstreamHost, _upstreamPort, _stop.Token);
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
        {
            Reset(client);
            server.Dispose();
            return;
        }
        lock (_gate)
        {
            _open.Add(client);
            _open.Add(server);
        }
        // Cut while this connection was being made: it goes with the others.
        if (_mode == Mode.Cut)
        {
            Reset(client);
            Reset(server);
            return;
        }
        await Task.WhenAll(PumpAsync(client, server), PumpAsync(server, client));
        lock (_gate)
        {
            _open.Remove(client);
            _open.Remove(server);
        }
        Reset(client);
        Reset(server);
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                if (read == 0) break;
                // Stalled: what arrives is swallowed, as a silent network would lose it.
                if (_mode == Mode.Stall) continue;
                if (_mode == Mode.Cut) break;
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The other direction or Cut closed the sockets.
        }
        Reset(from);
        Reset(to);
    }

    // An abortive close (RST): the client sees "connection reset", not an orderly end of stream.
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already closed.
        }
    }
}
