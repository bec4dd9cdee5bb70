using Qari.Analysis.Series;

namespace Qari.Analysis.Structure;

/// <summary>Candle measures used by the structure detectors, as extension members of the shared <see cref="Bar"/>.</summary>
public static class BarMeasures
{
    extension(Bar bar)
    {
        /// <summary>High minus low.</summary>
        public double Range => bar.High - bar.Low;

        /// <summary>Absolute distance between open and close.</summary>
        public double Body => Math.Abs(bar.Close - bar.Open);

        /// <summary>True when the candle closed above its open.</summary>
        public bool IsBullish => bar.Close > bar.Open;

        /// <summary>True when the candle closed below its open.</summary>
        public bool IsBearish => bar.Close < bar.Open;
    }
}
