using Qari.Analysis.Structure;

namespace Qari.Analysis.Layers;

/// <summary>BTC's state at one moment, computed once per cycle from the BTC series and shared by every symbol.</summary>
/// <param name="Trend4h">BTC 4h structure trend.</param>
/// <param name="Trend1d">BTC 1d structure trend.</param>
/// <param name="Drop60m">Fall from the highest high of the last 60 minutes to the last close (0–1, 0 when none).</param>
/// <param name="Return24h">BTC close-to-close return over the last 24 hours (NaN when not known yet).</param>
/// <param name="Close">BTC's last close.</param>
public readonly record struct BtcContext(Trend Trend4h, Trend Trend1d, double Drop60m, double Return24h, double Close);
