using Qari.Model.Results;

namespace Qari.Exchanges.Http;

/// <summary>How to ask one exchange for its time: the public time endpoint and the parser of its answer.</summary>
public sealed record ServerTimeSource(Endpoint Endpoint, Func<HttpReply, Result<DateTimeOffset>> Parse);
