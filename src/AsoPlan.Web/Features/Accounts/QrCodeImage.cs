using QRCoder;

namespace AsoPlan.Web.Features.Accounts;

/// <summary>A QR code as a PNG data URI, so the page needs neither script nor a separate image request.</summary>
public static class QrCodeImage
{
    public static string DataUri(string text)
    {
        var png = PngByteQRCodeHelper.GetQRCode(text, QRCodeGenerator.ECCLevel.M, 5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
