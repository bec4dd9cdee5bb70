namespace Qari.Exchanges.Bybit.Wire;

/// <summary>The common <c>{category, list, nextPageCursor}</c> result shape.</summary>
public sealed class BybitList<T>
{
    /// <summary>Product category ("spot").</summary>
    public string? Category { get; init; }

    /// <summary>The rows.</summary>
    public List<T>? List { get; init; }

    /// <summary>Cursor for the next page; empty when there is none.</summary>
    public string? NextPageCursor { get; init; }
}
