namespace Qari.Storage.Accounts;

/// <summary>An exchange account a user connected; holds at most one credential at a time.</summary>
public sealed class ExchangeAccountEntity
{
    /// <summary>The account's id (<c>AccountId</c>).</summary>
    public Guid Id { get; set; }

    /// <summary>The owner.</summary>
    public Guid UserId { get; set; }

    /// <summary>Exchange name as in <c>ExchangeIds.Name</c> (e.g. "bybit").</summary>
    public string Exchange { get; set; } = "";

    /// <summary>The owner's label for the account.</summary>
    public string Label { get; set; } = "";

    /// <summary>When the account was connected.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
