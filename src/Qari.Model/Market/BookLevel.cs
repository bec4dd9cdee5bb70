namespace Qari.Model.Market;

/// <summary>One price level of an order book.</summary>
public readonly record struct BookLevel(decimal Price, decimal Quantity);
