namespace Qari.Model.Ids;

/// <summary>An exchange account connected by a user.</summary>
public readonly record struct AccountId(Guid Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString("N");
}
