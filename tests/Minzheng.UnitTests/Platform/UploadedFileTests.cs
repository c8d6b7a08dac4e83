using System.Text;
using Minzheng.Platform.Files;
using Minzheng.TestSupport;

namespace Minzheng.UnitTests.Platform;

/// <summary>Issue 19.15: an upload must be, as a whole, the kind it claims; its name is reduced to a plain file name.</summary>
public sealed class UploadedFileTests
{
    private static string? Problem(string name, byte[] bytes) => new UploadedFile(name, "application/octet-stream", bytes).Problem(UploadedFile.Documents, "佐证材料", "PDF、图片");

    [Fact]
    public void Complete_files_pass()
    {
        Assert.Null(Problem("验收单.pdf", TestFiles.Pdf));
        Assert.Null(Problem("验收单.png", TestFiles.Png));
    }

    [Fact]
    public void A_PDF_header_in_front_of_a_web_page_is_refused()
    {
        var polyglot = Encoding.ASCII.GetBytes("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n");
        Assert.Contains("不是有效的 PDF", Problem("x.pdf", polyglot), StringComparison.Ordinal);
        var withTrailer = Encoding.ASCII.GetBytes("%PDF-1.4\n<html><script>x()</script></html>\nstartxref\n0\n%%EOF\n");
        Assert.Contains("不是有效的 PDF", Problem("x.pdf", withTrailer), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_files_and_magic_bytes_alone_are_refused()
    {
        Assert.NotNull(Problem("x.pdf", "%PDF-1.4"u8.ToArray()));
        Assert.NotNull(Problem("x.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]));
        Assert.NotNull(Problem("x.png", TestFiles.Png[..^12]));
        Assert.NotNull(Problem("x.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.NotNull(Problem("x.docx", "PK\u0003\u0004 not a package"u8.ToArray()));
    }

    [Theory]
    [InlineData("..\\..\\windows\\evil\u0007.pdf", "evil.pdf")]
    [InlineData("C:\\fakepath\\授权书.png", "授权书.png")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("a<b>c:d|e?.pdf", "abcde.pdf")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    public void Names_become_plain_file_names(string? sent, string kept) => Assert.Equal(kept, UploadedFile.SafeName(sent));
}
