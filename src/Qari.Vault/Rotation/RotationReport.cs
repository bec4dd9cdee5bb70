using System.Globalization;
using System.Text;
using Qari.Vault.MasterKeys;

namespace Qari.Vault.Rotation;

/// <summary>What a rotation did: counts per master key before and after, rewraps, conflicts and failures.</summary>
public sealed record RotationReport(
    MasterKeyId Target,
    IReadOnlyDictionary<MasterKeyId, int> Before,
    int Rewrapped,
    int Conflicts,
    IReadOnlyList<RotationFailure> Failures,
    IReadOnlyDictionary<MasterKeyId, int> After)
{
    /// <summary>True when every stored data key is wrapped under <see cref="Target"/>.</summary>
    public bool IsComplete => After.All(pair => pair.Key == Target || pair.Value == 0);

    /// <summary>Keys that no stored credential needs any more and may be removed from configuration.</summary>
    public IReadOnlyList<MasterKeyId> Retirable => [.. Before.Keys.Where(id => id != Target && After.GetValueOrDefault(id) == 0)];

    /// <summary>A multi-line summary for people (ids and counts only).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Rotation to master key {Target}: {Rewrapped} data key(s) rewrapped, {Conflicts} changed meanwhile, {Failures.Count} failed.\n");
        foreach (var (id, count) in After.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"  {id}: {Before.GetValueOrDefault(id)} before, {count} after\n");
        foreach (var failure in Failures)
            text.Append(CultureInfo.InvariantCulture, $"  failed {failure.Credential}: {failure.ErrorCode}\n");
        text.Append(IsComplete
            ? $"Complete. Keys no longer needed: {(Retirable.Count == 0 ? "none" : string.Join(", ", Retirable))}.\n"
            : "Not complete: run the rotation again (it continues where it stopped); keep every old key configured until then.\n");
        return text.ToString();
    }
}
