using Qari.Exchanges.Abstractions;
using Qari.Vault.Store;

namespace Qari.Connect;

/// <summary>A connected (or re-verified) key: its stored metadata, what the exchange reported, and the warnings to show.</summary>
public sealed record ConnectOutcome(CredentialSummary Credential, KeyReport Report, IReadOnlyList<string> Warnings);
