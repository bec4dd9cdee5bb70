namespace Qari.Storage.Accounts;

/// <summary>A registered user (tenant). Sign-in data is added by the accounts feature.</summary>
public sealed class UserEntity
{
    /// <summary>The user's id (<c>UserId</c>).</summary>
    public Guid Id { get; set; }

    /// <summary>Name shown in the dashboard.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>When the user was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
