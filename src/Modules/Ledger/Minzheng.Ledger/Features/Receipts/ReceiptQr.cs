using QRCoder;

namespace Minzheng.Ledger.Features.Receipts;

/// <summary>The receipt's QR code (the verify address) as a PNG data URI, drawn by the app itself: no external service.</summary>
internal static class ReceiptQr
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var renderer = new PngByteQRCode(data);
        var png = renderer.GetGraphic(4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
