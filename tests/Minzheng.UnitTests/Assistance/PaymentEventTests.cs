using System.Text;
using System.Text.Json;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Assistance.Features.Payroll;
using Minzheng.Platform.Security;

namespace Minzheng.UnitTests.Assistance;

public class PaymentEventTests
{
    [Fact]
    public void The_payload_is_the_json_of_its_fields_in_ordinal_key_order_as_earlier_versions_wrote_it()
    {
        var p = new Payment
        {
            AmountFen = 60_200, Attempt = 2, Commitment = new string('a', 64), CaseNumber = "DB2026<&>'\"中", Month = "2026-02", Programme = "dibao",
        };
        // What approval wrote before the payload had its own writer: a sorted dictionary through JsonSerializer.
        var earlier = JsonSerializer.Serialize(new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["amountFen"] = p.AmountFen, ["attempt"] = p.Attempt, ["beneficiary"] = p.Commitment, ["case"] = p.CaseNumber,
            ["month"] = p.Month, ["payment"] = p.Id.ToString("N"), ["programme"] = p.Programme, ["town"] = "430408001",
        });
        Assert.Equal(earlier, PaymentEvent.Payload(p, "430408001"));

        // The writer is reused on the thread: the next payload carries nothing of this one.
        var next = new Payment { AmountFen = 1, Attempt = 1, Commitment = "b", CaseNumber = "X", Month = "2026-03", Programme = "tekun" };
        var json = JsonDocument.Parse(PaymentEvent.Payload(next, "430408002")).RootElement;
        Assert.Equal(8, json.EnumerateObject().Count());
        Assert.Equal(("X", 1L, "430408002"), (json.GetProperty("case").GetString(), json.GetProperty("amountFen").GetInt64(), json.GetProperty("town").GetString()));
        Assert.Equal($"assistance.payment:{next.Id}:1", PaymentEvent.Message(next, "430408002", DateTime.UtcNow).IdempotencyKey);
    }

    [Fact]
    public void A_commitment_with_a_given_salt_is_sm3_of_salt_and_id_number_and_the_salt_must_be_16_bytes()
    {
        var salt = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var c = BeneficiaryCommitment.Create(" 11010519491231002x ", salt);
        Assert.Equal(Convert.ToHexStringLower(salt), c.SaltHex);
        Assert.Equal(Sm3Checksum.Hex([.. salt, .. Encoding.UTF8.GetBytes("11010519491231002X")]), c.CommitmentHex);
        Assert.Throws<ArgumentOutOfRangeException>(() => BeneficiaryCommitment.Create("11010519491231002X", salt.AsSpan(0, 15)));
    }
}
