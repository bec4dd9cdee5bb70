using System.Globalization;
using System.Net;
using System.Text;

namespace Qari.Backtest.Results;

/// <summary>Small inline-SVG chart primitives (line, area, bars, candles) with invariant number formatting.</summary>
internal sealed class SvgChart
{
    private const double Left = 60, Right = 10, Top = 10, Bottom = 22;
    private readonly StringBuilder _svg = new();
    private readonly double _width, _height, _x0, _x1, _y0, _y1;

    public SvgChart(string id, double width, double height, double x0, double x1, double y0, double y1)
    {
        _width = width;
        _height = height;
        _x0 = x0;
        _x1 = x1 > x0 ? x1 : x0 + 1;
        var pad = y1 > y0 ? (y1 - y0) * 0.05 : Math.Max(Math.Abs(y0) * 0.05, 1e-9);
        _y0 = y0 - pad;
        _y1 = y1 + pad;
        _svg.Append(Inv($"<svg id=\"{id}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"0 0 {width:0} {height:0}\">"));
        _svg.Append(Inv($"<rect x=\"{Left}\" y=\"{Top}\" width=\"{width - Left - Right:0}\" height=\"{height - Top - Bottom:0}\" fill=\"#fafafa\" stroke=\"#ccc\"/>"));
        for (var i = 0; i <= 4; i++)
        {
            var v = _y0 + ((_y1 - _y0) * i / 4);
            var y = Y(v);
            _svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{width - Right:0.#}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#eee\"/>"));
            _svg.Append(Inv($"<text x=\"{Left - 4}\" y=\"{y + 4:0.#}\" font-size=\"10\" text-anchor=\"end\">{Label(v)}</text>"));
        }
    }

    public double X(double v) => Left + ((v - _x0) / (_x1 - _x0) * (_width - Left - Right));

    public double Y(double v) => Top + ((_y1 - v) / (_y1 - _y0) * (_height - Top - Bottom));

    public void XLabel(double x, string text) =>
        _svg.Append(Inv($"<text x=\"{X(x):0.#}\" y=\"{_height - 6:0.#}\" font-size=\"10\" text-anchor=\"middle\">{WebUtility.HtmlEncode(text)}</text>"));

    public void Line(IReadOnlyList<(double X, double Y)> points, string color, double width = 1.5)
    {
        if (points.Count == 0) return;
        var d = new StringBuilder();
        for (var i = 0; i < points.Count; i++) d.Append(Inv($"{(i == 0 ? 'M' : 'L')}{X(points[i].X):0.##},{Y(points[i].Y):0.##}"));
        _svg.Append(Inv($"<path d=\"{d}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\"/>"));
    }

    public void Area(IReadOnlyList<(double X, double Y)> points, double baseline, string color)
    {
        if (points.Count == 0) return;
        var d = new StringBuilder(Inv($"M{X(points[0].X):0.##},{Y(baseline):0.##}"));
        foreach (var (x, y) in points) d.Append(Inv($"L{X(x):0.##},{Y(y):0.##}"));
        d.Append(Inv($"L{X(points[^1].X):0.##},{Y(baseline):0.##}Z"));
        _svg.Append(Inv($"<path d=\"{d}\" fill=\"{color}\" stroke=\"none\"/>"));
    }

    public void Bar(double x0, double x1, double y, string color, string title)
    {
        var top = Math.Min(Y(y), Y(0));
        var h = Math.Abs(Y(y) - Y(0));
        _svg.Append(Inv($"<rect x=\"{X(x0) + 1:0.##}\" y=\"{top:0.##}\" width=\"{Math.Max(1, X(x1) - X(x0) - 2):0.##}\" height=\"{Math.Max(h, 0.5):0.##}\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(title)}</title></rect>"));
    }

    public void Candle(double x, double halfWidth, double open, double high, double low, double close)
    {
        var color = close >= open ? "#26a269" : "#c01c28";
        _svg.Append(Inv($"<line x1=\"{X(x):0.##}\" x2=\"{X(x):0.##}\" y1=\"{Y(high):0.##}\" y2=\"{Y(low):0.##}\" stroke=\"{color}\"/>"));
        var w = Math.Max(1, X(x + halfWidth) - X(x - halfWidth));
        _svg.Append(Inv($"<rect x=\"{X(x - halfWidth):0.##}\" y=\"{Y(Math.Max(open, close)):0.##}\" width=\"{w:0.##}\" height=\"{Math.Max(0.5, Math.Abs(Y(open) - Y(close))):0.##}\" fill=\"{color}\"/>"));
    }

    public void Band(double yLow, double yHigh, string color, string title) =>
        _svg.Append(Inv($"<rect x=\"{Left}\" y=\"{Y(yHigh):0.##}\" width=\"{_width - Left - Right:0}\" height=\"{Math.Max(1, Y(yLow) - Y(yHigh)):0.##}\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(title)}</title></rect>"));

    public void Level(double y, string color, string label, bool dashed = true) =>
        _svg.Append(Inv($"<line x1=\"{Left}\" x2=\"{_width - Right:0.#}\" y1=\"{Y(y):0.##}\" y2=\"{Y(y):0.##}\" stroke=\"{color}\"{(dashed ? " stroke-dasharray=\"4 3\"" : "")}/><text x=\"{_width - Right - 2:0.#}\" y=\"{Y(y) - 2:0.##}\" font-size=\"10\" text-anchor=\"end\" fill=\"{color}\">{WebUtility.HtmlEncode(label)}</text>"));

    public void Marker(double x, double y, bool up, string color, string title)
    {
        var (cx, cy) = (X(x), Y(y));
        var pts = up ? Inv($"{cx - 5:0.##},{cy + 8:0.##} {cx + 5:0.##},{cy + 8:0.##} {cx:0.##},{cy:0.##}") : Inv($"{cx - 5:0.##},{cy - 8:0.##} {cx + 5:0.##},{cy - 8:0.##} {cx:0.##},{cy:0.##}");
        _svg.Append(Inv($"<polygon points=\"{pts}\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(title)}</title></polygon>"));
    }

    public override string ToString() => _svg + "</svg>";

    internal static string Label(double v)
    {
        var a = Math.Abs(v);
        var format = a >= 1000 ? "0" : a >= 10 ? "0.##" : a >= 0.1 ? "0.####" : "0.########";
        return v.ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
