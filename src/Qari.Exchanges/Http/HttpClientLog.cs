using Microsoft.Extensions.Logging;

namespace Qari.Exchanges.Http;

/// <summary>Source-generated log messages of the HTTP pipeline; they name endpoints, never queries (which carry signatures).</summary>
internal static partial class HttpClientLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "{Exchange} {Method} {Path} -> {Status} in {ElapsedMs} ms")]
    public static partial void Answered(ILogger logger, string exchange, string method, string path, int status, long elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "{Exchange} {Method} {Path} failed on the network ({Reason}), attempt {Attempt}")]
    public static partial void NetworkFailure(ILogger logger, string exchange, string method, string path, string reason, int attempt);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "{Exchange} rate limited (HTTP {Status}); backing off until {Until}")]
    public static partial void BackingOff(ILogger logger, string exchange, int status, DateTimeOffset until);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "{Exchange} clock offset measured: {OffsetMs} ms")]
    public static partial void ClockMeasured(ILogger logger, string exchange, long offsetMs);
}
