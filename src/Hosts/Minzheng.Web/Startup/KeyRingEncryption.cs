using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Minzheng.Platform.Security;

namespace Minzheng.Web.Startup;

/// <summary>
/// The Data Protection key ring (which signs the login cookies and form tokens) is kept encrypted at rest with the field
/// key (SM4-GCM), in an owner-only folder: without the field key a copied key ring forges nothing.
/// </summary>
internal static class KeyRingEncryption
{
    public static void AddEncryptedKeyRing(this IServiceCollection services, IConfiguration config)
    {
        var path = config["DataProtection:KeysPath"] ?? "data/keys/dataprotection";
        OwnerOnlyFolder.Ensure(path);
        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(path)).SetApplicationName("Minzheng");
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<KeyManagementOptions>>(sp =>
            new Microsoft.Extensions.Options.ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new Sm4XmlEncryptor(sp.GetRequiredService<FieldProtector>())));
    }
}

/// <summary>Encrypts a key element of the ring with the field key.</summary>
internal sealed class Sm4XmlEncryptor(FieldProtector protector) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("sm4EncryptedKey",
            new XComment(" encrypted with the field-protection key (SM4-GCM) "),
            new XElement("value", protector.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting)))), typeof(Sm4XmlDecryptor));
}

/// <summary>Decrypts what <see cref="Sm4XmlEncryptor"/> wrote; created by Data Protection with the service provider.</summary>
internal sealed class Sm4XmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<FieldProtector>().Decrypt((string?)encryptedElement.Element("value") ?? throw new InvalidOperationException("no encrypted value")));
}
