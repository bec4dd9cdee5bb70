using Qari.Exchanges.Abstractions;
using Qari.Model.Ids;

namespace Qari.Runtime.Accounts;

/// <summary>
/// One exchange account <c>qari serve --accounts</c> trades: its id (stable across key replacements, so its journal
/// is found again), exchange, display name, and the credentials its adapter signs with (decrypted per signing call).
/// </summary>
public sealed record TradedAccount(AccountId Account, ExchangeId Exchange, string Name, IExchangeCredentials Credentials)
{
    /// <summary>Ids and names only: never the credentials' contents.</summary>
    public override string ToString() => $"{Exchange} account '{Name}' ({Account.Value:D}, key {Credentials.KeyId[^Math.Min(4, Credentials.KeyId.Length)..]})";
}
