using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Minzheng.Platform.Ui.Components;

/// <summary>What the SVG charts share: coordinates written invariantly, and labels as encoded markup (Razor reserves &lt;text&gt; in code blocks).</summary>
internal static class SvgText
{
    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public static MarkupString Label(double x, double y, string content, string anchor = "middle") =>
        new($"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" font-size=\"12\">{System.Net.WebUtility.HtmlEncode(content)}</text>");
}
