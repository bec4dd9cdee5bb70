using Qari.Backtest.Replay;

namespace Qari.Backtest.Tests.Replay;

public class FailureTallyTests
{
    [Theory]
    [InlineData("score 41.2 is below the threshold 60", "score # is below the threshold #")]
    [InlineData("risk/reward 0.43 to PT1 is below 2.0", "risk/reward # to PT# is below #")]
    [InlineData("only 1 independent layer(s) vote bullish (need 3)", "only # independent layer(s) vote bullish (need #)")]
    [InlineData("the market-structure bias is bearish", "the market-structure bias is bearish")]
    [InlineData("1.2.3 and 12.34.56.7", "#.# and #")]
    [InlineData("", "")]
    public void Key_Sentence_NumbersBlankedLikeRepeatedReplace(string failure, string expected)
    {
        var buffer = new char[4];
        Assert.Equal(expected, FailureTally.Key(failure, ref buffer).ToString());
        Assert.Equal(Reference(failure), expected);
    }

    [Fact]
    public void Key_RandomSentences_SameAsStringReplaceReference()
    {
        var random = new Random(3);
        const string alphabet = "0123456789.# ab";
        var buffer = new char[8];
        for (var i = 0; i < 5_000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            Assert.Equal(Reference(text), FailureTally.Key(text, ref buffer).ToString());
        }
    }

    [Fact]
    public void ToSorted_EqualKeys_CountedTogetherInOrdinalOrder()
    {
        var tally = new FailureTally();
        tally.Add("score 41.2 is below the threshold 60");
        tally.Add("score 12.0 is below the threshold 60");
        tally.Add("a bias is unknown");
        var sorted = tally.ToSorted();
        Assert.Equal(["a bias is unknown", "score # is below the threshold #"], sorted.Keys);
        Assert.Equal(2, sorted["score # is below the threshold #"]);
    }

    [Fact]
    public void Add_RepeatedAndFreshInstances_CountsEqualAReferenceTally()
    {
        // Reused instances hit the instance cache; fresh copies and more distinct texts than cache slots miss it.
        var random = new Random(7);
        var instances = Enumerable.Range(0, 2_000)
            .Select(i => $"score {random.Next(100)}.{random.Next(10)} is below the threshold {i % 3 * 20}")
            .ToArray();
        var tally = new FailureTally();
        var expected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < 50_000; n++)
        {
            var pick = instances[random.Next(n % 2 == 0 ? 20 : instances.Length)];
            var failure = random.Next(4) == 0 ? new string(pick.AsSpan()) : pick;
            tally.Add(failure);
            var key = Reference(failure);
            expected[key] = expected.GetValueOrDefault(key) + 1;
        }
        Assert.Equal(expected, tally.ToSorted());
    }

    // The original string-based rule the tally must reproduce.
    private static string Reference(string failure)
    {
        var chars = failure.ToCharArray();
        for (var i = 0; i < chars.Length; i++) if (char.IsAsciiDigit(chars[i])) chars[i] = '#';
        var key = new string(chars).Replace("#.#", "#", StringComparison.Ordinal);
        while (key.Contains("##", StringComparison.Ordinal)) key = key.Replace("##", "#", StringComparison.Ordinal);
        return key;
    }
}
