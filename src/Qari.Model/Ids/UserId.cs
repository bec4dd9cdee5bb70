namespace Qari.Model.Ids;

/// <summary>A registered user (a tenant).</summary>
public readonly record struct UserId(Guid Value)
{
    /// <inheritdoc />
    public override string ToString() => Value.ToString("N");
}
