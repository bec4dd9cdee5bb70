using System.Diagnostics;
using System.Text.RegularExpressions;
using Qari.Backtest.Replay;
using Qari.Backtest.Tests.Replay;
using Qari.Backtest.Results;

namespace Qari.Backtest.Tests.Results;

public class HtmlReportWriterTests
{
    [Fact]
    public void Write_GoldenRun_SelfContainedWithCharts()
    {
        var html = HtmlReportWriter.Write(GoldenRun.Report, GoldenRun.Run);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("id=\"equity\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"drawdown\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rdist\"", html, StringComparison.Ordinal);
        foreach (var t in GoldenRun.Report.Trades.Where(t => t.Bought > 0))
            Assert.Contains($"id=\"trade-{t.Id}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_RenderedInHeadlessChromium_ScriptRanAndChartsDrawn()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        Assert.True(chromium is not null, "Chromium is not installed: run `apt-get install -y chromium` (CI does this in .ci/run). This test renders the HTML report in a headless browser and must not be skipped.");
        var dir = Directory.CreateTempSubdirectory("qari-bt-html-");
        try
        {
            var path = Path.Combine(dir.FullName, "backtest-report.html");
            File.WriteAllText(path, HtmlReportWriter.Write(GoldenRun.Report, GoldenRun.Run));
            var start = new ProcessStartInfo(chromium!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless", "--disable-gpu", "--no-sandbox", "--disable-dev-shm-usage", $"--user-data-dir={Path.Combine(dir.FullName, "profile")}", "--dump-dom", "file://" + path })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = await process.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var errors = await stderr;
            Assert.True(dom.Contains("data-ok=\"1\"", StringComparison.Ordinal), $"the page's script did not complete (no data-ok on <body>). stderr: {errors}");
            Assert.Contains("<title>Qari backtest (ok)</title>", dom, StringComparison.Ordinal);
            Assert.True(Regex.Matches(dom, "<svg ").Count >= 3 + GoldenRun.Report.Trades.Count(t => t.Bought > 0));
            Assert.Matches("<path d=\"M[0-9.]+,[0-9.]+L", dom);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
