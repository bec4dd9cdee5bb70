namespace Qari.Exchanges.Abstractions;

/// <summary>What an exchange does when an order reuses a client order id.</summary>
public enum DuplicateClientIdBehaviour
{
    /// <summary>Rejected while an order with that id is still open; accepted again after it closed.</summary>
    RejectedWhileOpen,
    /// <summary>Always rejected.</summary>
    AlwaysRejected,
    /// <summary>Idempotent: the existing order is returned (Coinbase).</summary>
    ReturnsExisting,
    /// <summary>Not enforced: the id is only a label (Gate's text).</summary>
    NotEnforced,
}
