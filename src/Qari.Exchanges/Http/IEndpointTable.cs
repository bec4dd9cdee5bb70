using Qari.Model.Ids;

namespace Qari.Exchanges.Http;

/// <summary>
/// Every endpoint one adapter may call, in one place. A test scans every table (and the source) to prove that no
/// adapter names a withdrawal, transfer, margin, futures or lending path.
/// </summary>
public interface IEndpointTable
{
    /// <summary>The exchange the table belongs to.</summary>
    ExchangeId Exchange { get; }

    /// <summary>All endpoints the adapter uses.</summary>
    IReadOnlyList<Endpoint> All { get; }
}
