using System.Text;
using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Payroll;
using Minzheng.Matching.Csv;
using Minzheng.Platform.Errors;

namespace Minzheng.Assistance.Features.Payroll;

internal sealed record BankReturnUpload(string? FileName, string? ContentBase64);

internal sealed record BankReturnResult(int Paid, int Failed, int Unchanged);

/// <summary>
/// The bank's return file (CSV or XLSX: 付款编号, 结果 成功/失败, 原因): every row is checked against this run first; one
/// bad row refuses the whole file with its line. Failed payments become exceptions that the town's next run re-issues.
/// Importing the same file again changes nothing.
/// </summary>
internal sealed class BankReturnHandler(AssistanceDbContext db)
{
    private static readonly string[] Columns = ["付款编号", "结果", "原因"];

    public async Task<BankReturnResult> HandleAsync(Guid runId, BankReturnUpload upload, CancellationToken ct = default)
    {
        var run = await db.RunAsync(runId, ct, tracked: false);
        PayrollAccess.EnsurePreparer(db.User);
        if (run.Status != PayrollStatus.Approved)
        {
            throw new BusinessRuleException("审批并发放后才能导入银行回盘");
        }

        var rows = Read(upload);
        var payments = await db.Payments.Where(p => p.RunId == run.Id).ToDictionaryAsync(p => p.Id.ToString("N"), ct);
        var errors = new FieldErrors();
        var seen = new HashSet<string>();
        foreach (var (line, id, result, reason) in rows)
        {
            var where = $"第{line}行";
            if (!payments.TryGetValue(id, out var p))
            {
                errors.Add(where, $"付款编号 {id} 不在本次发放中");
            }
            else if (!seen.Add(id))
            {
                errors.Add(where, "付款编号重复");
            }
            else if (result is not ("成功" or "失败"))
            {
                errors.Add(where, "结果应为“成功”或“失败”");
            }
            else if (result == "失败" && reason.Length == 0)
            {
                errors.Add(where, "失败的须写明原因");
            }
            else if (p.Status is PaymentStatus.Paid or PaymentStatus.Failed && (p.Status == PaymentStatus.Paid) != (result == "成功"))
            {
                errors.Add(where, $"该笔已登记为{PayrollAccess.Label(p.Status)}，与回盘结果不一致");
            }
            else if (p.Status == PaymentStatus.Pending)
            {
                errors.Add(where, "该笔尚未审批");
            }
        }

        errors.ThrowIfAny();

        int paid = 0, failed = 0, unchanged = 0;
        foreach (var (_, id, result, reason) in rows)
        {
            var p = payments[id];
            if (p.Status != PaymentStatus.Approved)
            {
                unchanged++;
                continue;
            }

            if (result == "成功")
            {
                p.Status = PaymentStatus.Paid;
                paid++;
            }
            else
            {
                p.Status = PaymentStatus.Failed;
                p.ReissueRegionCode = p.RegionCode;
                p.FailureReason = reason.Length > 200 ? reason[..200] : reason;
                failed++;
            }
        }

        await db.SaveChangesAsync(ct);
        return new BankReturnResult(paid, failed, unchanged);
    }

    private static List<(long Line, string Id, string Result, string Reason)> Read(BankReturnUpload upload)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(upload.ContentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new InputValidationException("file", "文件内容不是有效的 Base64");
        }

        var name = Path.GetFileName(upload.FileName ?? "return.csv");
        if (bytes.Length == 0 || Path.GetExtension(name).ToLowerInvariant() is not (".csv" or ".xlsx"))
        {
            throw new InputValidationException("file", "请上传银行回盘文件（CSV 或 XLSX）");
        }

        if (bytes.AsSpan().StartsWith("PK"u8) && Minzheng.Kernel.Files.XlsxGuard.Check(new MemoryStream(bytes, writable: false), RowSources.XlsxMaxUnpackedBytes, RowSources.XlsxMaxUnpackedBytes) is { } refused)
        {
            throw new InputValidationException("file", refused);
        }

        try
        {
            using var source = RowSources.Open(new MemoryStream(bytes, writable: false), name);
            var c = Columns.Select(source.ColumnOf).ToArray();
            if (Array.IndexOf(c, -1) is var missing and >= 0)
            {
                throw new InputValidationException("file", $"回盘文件缺少列 {Columns[missing]}");
            }

            var rows = new List<(long, string, string, string)>();
            while (source.Read())
            {
                rows.Add((source.LineNumber, Text(source.Field(c[0])).ToLowerInvariant(), Text(source.Field(c[1])), Text(source.Field(c[2]))));
            }

            return rows.Count == 0 ? throw new InputValidationException("file", "回盘文件没有数据行") : rows;
        }
        catch (FeedFileException e)
        {
            throw new InputValidationException("file", e.Reason);
        }

        static string Text(ReadOnlySpan<byte> field) => Encoding.UTF8.GetString(field).Trim();
    }
}
