using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Qari.Exchanges;
using Qari.Exchanges.Abstractions;
using Qari.Exchanges.Http;
using Qari.Model.Ids;
using Qari.Model.Results;
using Qari.Vault.Credentials;
using Qari.Vault.Store;

namespace Qari.Connect;

/// <summary>
/// Connecting a key (spec section 7), for the CLI now and the dashboard later: validate the typed-in key against
/// the exchange through the port's key report (the secret used from memory only, never stored first), refuse keys
/// that can move funds or trade beyond spot, warn about a missing IP restriction, then store it encrypted and mark
/// it connected. Also replace, verify, remove, and the periodic re-verification that marks revoked keys invalid.
/// Works for every exchange <see cref="SpotExchangeFactory"/> knows; nothing here is exchange-specific.
/// </summary>
public sealed class KeyConnector
{
    private readonly ICredentialStore _store;
    private readonly ConnectorOptions _options;
    private readonly HttpClient _http;
    private readonly RateLimitRegistry _limits;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<ExchangeId, ExchangeHttpClient> _pipelines = new();

    /// <summary>A connector over <paramref name="store"/> that reaches exchanges through <paramref name="http"/>.</summary>
    public KeyConnector(ICredentialStore store, ConnectorOptions options, HttpClient http, RateLimitRegistry limits, TimeProvider time, ILoggerFactory? loggerFactory = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _limits = limits ?? throw new ArgumentNullException(nameof(limits));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        _logger = _loggerFactory.CreateLogger<KeyConnector>();
    }

    /// <summary>What <paramref name="exchange"/> supports (e.g. whether its keys have a passphrase); fails for an exchange without an adapter.</summary>
    public Result<ExchangeCapabilities> Capabilities(ExchangeId exchange)
    {
        var pipeline = Pipeline(exchange);
        return pipeline.IsSuccess ? SpotExchangeFactory.Create(pipeline.Value, null).Capabilities : pipeline.Error;
    }

    /// <summary>Validates <paramref name="credential"/> with the exchange and, when acceptable, stores it for a new account of <paramref name="owner"/>.</summary>
    public async Task<Result<ConnectOutcome>> AddAsync(UserId owner, ExchangeId exchange, string accountLabel, ExchangeCredential credential, CancellationToken cancellationToken)
    {
        var checkedKey = await CheckNewAsync(exchange, credential, cancellationToken).ConfigureAwait(false);
        if (!checkedKey.IsSuccess) return checkedKey.Error;
        var stored = await _store.AddAsync(owner, exchange, accountLabel, credential, cancellationToken).ConfigureAwait(false);
        if (!stored.IsSuccess) return stored.Error;
        return await MarkConnectedAsync(owner, stored.Value, checkedKey.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Validates <paramref name="replacement"/> for the exchange of credential <paramref name="id"/>, then stores it and destroys the old ciphertext.</summary>
    public async Task<Result<ConnectOutcome>> ReplaceAsync(UserId owner, CredentialId id, ExchangeCredential replacement, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (!existing.IsSuccess) return existing.Error;
        var checkedKey = await CheckNewAsync(existing.Value.Exchange, replacement, cancellationToken).ConfigureAwait(false);
        if (!checkedKey.IsSuccess) return checkedKey.Error;
        var stored = await _store.ReplaceAsync(owner, id, replacement, cancellationToken).ConfigureAwait(false);
        if (!stored.IsSuccess) return stored.Error;
        return await MarkConnectedAsync(owner, stored.Value, checkedKey.Value, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Destroys a stored credential (its ciphertext is overwritten, then deleted; audited by the store).</summary>
    public Task<Result<bool>> RemoveAsync(UserId owner, CredentialId id, CancellationToken cancellationToken) =>
        _store.RemoveAsync(owner, id, cancellationToken);

    /// <summary>
    /// Re-checks a stored credential (decrypted for the signing calls only): connected when the exchange accepts it
    /// with acceptable permissions; invalid (never deleted) when revoked, refused from this IP, no longer
    /// decryptable, or now holding a forbidden permission. When the exchange cannot be reached the status is left
    /// as it was and the error returned.
    /// </summary>
    public async Task<Result<ConnectOutcome>> VerifyAsync(UserId owner, CredentialId id, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (!existing.IsSuccess) return existing.Error;
        var exchange = existing.Value.Exchange;
        var handle = await _store.GetForUseAsync(owner, id, cancellationToken).ConfigureAwait(false);
        if (!handle.IsSuccess)
            return await MarkInvalidAsync(owner, id, exchange, handle.Error, $"cannot be decrypted ({handle.Error.Code})", cancellationToken).ConfigureAwait(false);
        var credentials = VaultExchangeCredentials.From(handle.Value);
        if (!credentials.IsSuccess)
            return await MarkInvalidAsync(owner, id, exchange, credentials.Error, $"cannot be decrypted ({credentials.Error.Code})", cancellationToken).ConfigureAwait(false);
        var report = await KeyReportAsync(exchange, credentials.Value, cancellationToken).ConfigureAwait(false);
        if (!report.IsSuccess)
        {
            if (report.Error.Code == ConnectErrors.Unreachable)
            {
                ConnectLog.NotChecked(_logger, id.ToString(), exchange.Name(), report.Error.Code);
                return report.Error;
            }
            return await MarkInvalidAsync(owner, id, exchange, report.Error, report.Error.Message, cancellationToken).ConfigureAwait(false);
        }
        var verdict = KeyPolicy.Evaluate(exchange, report.Value, _options.EgressIp);
        if (!verdict.Accepted)
        {
            var refusal = new Error(ErrorKind.PermissionDenied, ConnectErrors.Refused, verdict.Refusal!.Replace(" Nothing was stored.", " The stored key is marked invalid and not used.", StringComparison.Ordinal));
            return await MarkInvalidAsync(owner, id, exchange, refusal, refusal.Message, cancellationToken, PermissionReportJson.Write(report.Value)).ConfigureAwait(false);
        }
        return await MarkConnectedAsync(owner, existing.Value, (report.Value, verdict.Warnings), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The periodic re-verification: checks every credential of every owner in <paramref name="owners"/> (optionally
    /// only one exchange) and marks revoked or no longer acceptable keys invalid. Never deletes anything.
    /// </summary>
    public async Task<ReverificationReport> ReverifyAllAsync(IEnumerable<UserId> owners, CancellationToken cancellationToken, ExchangeId? exchange = null)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var connected = new List<CredentialId>();
        var invalid = new List<(CredentialId, string)>();
        var unchecked_ = new List<(CredentialId, string)>();
        foreach (var owner in owners)
        {
            foreach (var credential in await _store.ListAsync(owner, cancellationToken).ConfigureAwait(false))
            {
                if (exchange is { } only && credential.Exchange != only) continue;
                var outcome = await VerifyAsync(owner, credential.Id, cancellationToken).ConfigureAwait(false);
                if (outcome.IsSuccess) connected.Add(credential.Id);
                else if (outcome.Error.Code == ConnectErrors.Unreachable || outcome.Error.Kind == ErrorKind.NotFound) unchecked_.Add((credential.Id, outcome.Error.Message));
                else invalid.Add((credential.Id, outcome.Error.Message));
            }
        }
        return new ReverificationReport(connected, invalid, unchecked_);
    }

    private async Task<Result<(KeyReport Report, IReadOnlyList<string> Warnings)>> CheckNewAsync(ExchangeId exchange, ExchangeCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var capabilities = Capabilities(exchange);
        if (!capabilities.IsSuccess) return capabilities.Error;
        if (capabilities.Value.RequiresPassphrase && credential.Kind != CredentialKind.KeySecretPassphrase)
            return Error.Validation("connect.passphrase-required", $"{exchange.Name()} keys have a passphrase: give it after the secret.");
        var transient = VaultExchangeCredentials.From(credential);
        if (!transient.IsSuccess) return transient.Error;
        var report = await KeyReportAsync(exchange, transient.Value, cancellationToken).ConfigureAwait(false);
        if (!report.IsSuccess)
        {
            ConnectLog.Rejected(_logger, exchange.Name(), report.Error.Code);
            return report.Error;
        }
        var verdict = KeyPolicy.Evaluate(exchange, report.Value, _options.EgressIp);
        if (!verdict.Accepted)
        {
            ConnectLog.Refused(_logger, exchange.Name(), string.Join(",", report.Value.DangerousPermissions()));
            return new Error(ErrorKind.PermissionDenied, ConnectErrors.Refused, verdict.Refusal!);
        }
        return (report.Value, verdict.Warnings);
    }

    private async Task<Result<KeyReport>> KeyReportAsync(ExchangeId exchange, IExchangeCredentials credentials, CancellationToken cancellationToken)
    {
        var pipeline = Pipeline(exchange);
        if (!pipeline.IsSuccess) return pipeline.Error;
        var adapter = SpotExchangeFactory.Create(pipeline.Value, credentials);
        var report = await adapter.GetKeyReportAsync(cancellationToken).ConfigureAwait(false);
        return report.IsSuccess ? report : ConnectErrors.FromKeyReport(exchange, report.Error, _options.EgressIp);
    }

    private async Task<Result<ConnectOutcome>> MarkConnectedAsync(UserId owner, CredentialSummary credential, (KeyReport Report, IReadOnlyList<string> Warnings) check, CancellationToken cancellationToken)
    {
        var detail = check.Warnings.Count == 0 ? "key accepted" : $"key accepted with {check.Warnings.Count} warning(s)";
        var marked = await _store.MarkStatusAsync(owner, credential.Id, CredentialStatus.Connected, detail, PermissionReportJson.Write(check.Report), cancellationToken).ConfigureAwait(false);
        if (!marked.IsSuccess) return marked.Error;
        ConnectLog.Verified(_logger, credential.Id.ToString(), credential.Exchange.Name(), nameof(CredentialStatus.Connected));
        return new ConnectOutcome(marked.Value, check.Report, check.Warnings);
    }

    private async Task<Result<ConnectOutcome>> MarkInvalidAsync(UserId owner, CredentialId id, ExchangeId exchange, Error cause, string detail, CancellationToken cancellationToken, string? reportJson = null)
    {
        var marked = await _store.MarkStatusAsync(owner, id, CredentialStatus.Invalid, Truncate(detail), reportJson, cancellationToken).ConfigureAwait(false);
        ConnectLog.Verified(_logger, id.ToString(), exchange.Name(), nameof(CredentialStatus.Invalid));
        return marked.IsSuccess ? cause : marked.Error;
    }

    private async Task<Result<CredentialSummary>> FindAsync(UserId owner, CredentialId id, CancellationToken cancellationToken)
    {
        var all = await _store.ListAsync(owner, cancellationToken).ConfigureAwait(false);
        var found = all.FirstOrDefault(c => c.Id == id);
        return found is null ? new Error(ErrorKind.NotFound, "connect.credential-not-found", $"credential {id} not found for this user.") : found;
    }

    private Result<ExchangeHttpClient> Pipeline(ExchangeId exchange)
    {
        if (!SpotExchangeFactory.IsSupported(exchange))
        {
            return Error.Validation("connect.unsupported-exchange",
                $"No adapter for {exchange.Name()} yet. Supported: {string.Join(", ", SpotExchangeFactory.Supported.Select(e => e.Name()))}.");
        }
        return _pipelines.GetOrAdd(exchange, e =>
        {
            var url = _options.BaseUrls.TryGetValue(e, out var configured) ? configured : SpotExchangeFactory.DefaultBaseUrl(e);
            var options = new ExchangeHttpOptions(url) { EgressIp = _options.EgressIp ?? "default", Timeout = _options.Timeout, RetryDelay = _options.RetryDelay };
            return SpotExchangeFactory.CreateHttpClient(e, _http, options, _limits, _time, _loggerFactory.CreateLogger<ExchangeHttpClient>());
        });
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
