using System.Net.Http.Json;
using System.Text.Json;

namespace Minzheng.Platform.Sms;

/// <summary>
/// Posts each message as JSON to the configured gateway: account, secret, signature, template id, number, template
/// parameters and the whole text (for gateways that take free text). A non-2xx answer, or a success field that does not
/// say success, is a refusal; the message is retried by its outbox.
/// </summary>
internal sealed class HttpSmsGateway(HttpClient http, SmsGatewayOptions options) : ISmsGateway
{
    public bool Connected => true;

    public async Task SendAsync(SmsRequest message, CancellationToken ct = default)
    {
        var body = new
        {
            account = options.Account,
            secret = options.Secret,
            signName = options.Signature,
            templateId = options.Templates.GetValueOrDefault(message.Template, message.Template),
            phone = message.Phone,
            @params = message.Parameters,
            content = message.Text,
        };
        HttpResponseMessage response;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            response = await http.PostAsJsonAsync(options.Url, body, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new SmsGatewayException($"短信网关无法连接：{e.Message}", e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new SmsGatewayException($"短信网关拒绝：HTTP {(int)response.StatusCode} {Brief(text)}");
            }

            if (options.SuccessField is { Length: > 0 } field && !Says(text, field, options.SuccessValue))
            {
                throw new SmsGatewayException($"短信网关未发送：{Brief(text)}");
            }
        }
    }

    private static bool Says(string json, string field, string? expected)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.TryGetProperty(field, out var value)
                   && (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()) == expected;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The provider's own words, short: they go to the outbox page and the log.
    private static string Brief(string text) => text.Length > 200 ? text[..200] : text;
}
