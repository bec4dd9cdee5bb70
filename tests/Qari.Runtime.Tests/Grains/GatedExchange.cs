using Qari.Exchanges.Abstractions;
using Qari.Model.Orders;
using Qari.Model.Results;
using Qari.Runtime.Tests.Trading;

namespace Qari.Runtime.Tests.Grains;

/// <summary>An adapter whose balance read can be held at a gate, so a test can stop a silo while its trader is mid-cycle.</summary>
internal sealed class GatedExchange(ISpotExchange inner, ExchangeGate gate) : ForwardingExchange(inner)
{
    public override async Task<Result<IReadOnlyList<Balance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        await gate.PassAsync().ConfigureAwait(false);
        return await Inner.GetBalancesAsync(cancellationToken).ConfigureAwait(false);
    }
}
