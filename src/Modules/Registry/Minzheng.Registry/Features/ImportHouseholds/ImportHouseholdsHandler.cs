using Minzheng.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Minzheng.Platform.Audit;
using Minzheng.Platform.Data;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Security;
using Minzheng.Registry.Data;
using Minzheng.Registry.Domain;
using Minzheng.Registry.Features.CreateHousehold;
using Minzheng.Registry.Features.Shared;

namespace Minzheng.Registry.Features.ImportHouseholds;

/// <summary>
/// Imports a household roster with the same rules as the form. Every row is checked first; with any error
/// nothing is written and the report lists row, column and reason. Otherwise all households are written in
/// one transaction.
/// </summary>
internal sealed class ImportHouseholdsHandler(RegistryDbContext db, FieldProtector protector, HouseholdWriter writer, TimeProvider clock)
{
    private static readonly Dictionary<string, Relation> Relations =
        Enum.GetValues<Relation>().ToDictionary(RegistryLabels.Of, r => r);

    public async Task<ImportReport> HandleAsync(Stream file, string fileName, CancellationToken ct = default)
    {
        db.EnsureMayEdit();

        var (rows, fileError) = RosterFile.Read(file, fileName);
        if (fileError is not null)
        {
            return new ImportReport(false, 0, 0, [], fileError);
        }

        var today = clock.Today();
        var errors = new List<ImportError>();
        var households = new List<(CreateHouseholdRequest Request, Kernel.Identity.IdNumber[] Ids, List<TableRow> Rows)>();
        foreach (var group in rows.GroupBy(r => r[ImportColumns.HouseholdKey]))
        {
            var groupRows = group.ToList();
            if (string.IsNullOrWhiteSpace(group.Key))
            {
                errors.AddRange(groupRows.Select(r => new ImportError(r.Row, ImportColumns.HouseholdKey, "户序号不能为空")));
                continue;
            }

            var request = ToRequest(groupRows, errors);
            var (fieldErrors, ids) = await HouseholdValidation.CheckAsync(db, request, today, ct);
            errors.AddRange(fieldErrors.All.SelectMany(e => e.Value.Select(message => Locate(e.Key, message, groupRows))));
            households.Add((request, ids, groupRows));
        }

        CheckDuplicatesAcrossFile(households, errors);
        if (errors.Count == 0)
        {
            var all = households.SelectMany(h => h.Ids.Select((id, i) => (id, Row: h.Rows[i].Row))).ToList();
            var existing = await DuplicateIdCheck.ExistingAsync(db, protector, all.Select(x => x.id.Value), ct);
            errors.AddRange(all.Where(x => existing.Contains(protector.BlindIndex(x.id.Value))).Select(x => new ImportError(x.Row, ImportColumns.IdNumber, DuplicateIdCheck.Message)));
        }

        if (errors.Count > 0)
        {
            return new ImportReport(false, 0, 0, errors.OrderBy(e => e.Row).ThenBy(e => e.Column).ToList(), null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sequences = new Dictionary<string, int>();
        foreach (var (request, ids, _) in households)
        {
            if (!sequences.TryGetValue(request.RegionCode, out var last))
            {
                last = await HouseholdNumbers.LastSequenceAsync(db, request.RegionCode, ct);
            }

            sequences[request.RegionCode] = last + 1;
            writer.Add(request, ids, HouseholdNumbers.Format(request.RegionCode, last + 1), today, now);
        }

        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = now, UserId = db.User.UserId, UserName = db.User.UserName, Action = AuditActions.Import, EntityType = "HouseholdRoster",
            Details = $"{{\"file\":{System.Text.Json.JsonSerializer.Serialize(Minzheng.Platform.Files.UploadedFile.SafeName(fileName))},\"households\":{households.Count},\"persons\":{rows.Count}}}",
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DuplicateIdCheck.IsUniqueViolation(e))
        {
            throw new BusinessRuleException("导入期间有人员被他人登记，未导入任何数据，请重新导入");
        }

        return new ImportReport(true, households.Count, rows.Count, [], null);
    }

    private static CreateHouseholdRequest ToRequest(List<TableRow> rows, List<ImportError> errors)
    {
        var head = rows.FirstOrDefault(r => r[ImportColumns.Relation] == "户主") ?? rows[0];
        var kindText = head[ImportColumns.Kind];
        if (kindText is not ("城镇" or "农村"))
        {
            errors.Add(new ImportError(head.Row, ImportColumns.Kind, "城乡类别应为“城镇”或“农村”"));
        }

        foreach (var r in rows.Where(r => r != head))
        {
            foreach (var column in new[] { ImportColumns.RegionCode, ImportColumns.Address })
            {
                if (!string.IsNullOrEmpty(r[column]) && r[column] != head[column])
                {
                    errors.Add(new ImportError(r.Row, column, $"同一户的{column}应与户主行一致"));
                }
            }
        }

        var members = new List<MemberInput>();
        foreach (var r in rows)
        {
            var relationText = r[ImportColumns.Relation];
            if (!Relations.TryGetValue(relationText, out var relation))
            {
                errors.Add(new ImportError(r.Row, ImportColumns.Relation, $"与户主关系“{relationText}”无效，应为：{string.Join("、", Relations.Keys)}"));
                relation = Relation.Other;
            }

            members.Add(new MemberInput { Name = r[ImportColumns.Name], IdNumber = r[ImportColumns.IdNumber], Relation = relation, Phone = NullIfEmpty(r[ImportColumns.Phone]) });
        }

        return new CreateHouseholdRequest
        {
            RegionCode = head[ImportColumns.RegionCode],
            Kind = kindText == "农村" ? HouseholdKind.Rural : HouseholdKind.Urban,
            Address = head[ImportColumns.Address],
            BankName = NullIfEmpty(head[ImportColumns.BankName]),
            BankAccount = NullIfEmpty(head[ImportColumns.BankAccount]),
            Members = members,
        };
    }

    /// <summary>Maps a form field key back to the row and column of the file.</summary>
    private static ImportError Locate(string key, string message, List<TableRow> rows)
    {
        var head = rows.FirstOrDefault(r => r[ImportColumns.Relation] == "户主") ?? rows[0];
        if (key.StartsWith("members[", StringComparison.Ordinal))
        {
            var close = key.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(key[8..close], System.Globalization.CultureInfo.InvariantCulture);
            var column = key[(close + 2)..] switch
            {
                "name" => ImportColumns.Name,
                "idNumber" => ImportColumns.IdNumber,
                "phone" => ImportColumns.Phone,
                _ => ImportColumns.Relation,
            };
            return new ImportError(rows[index].Row, column, message);
        }

        return key switch
        {
            "regionCode" => new ImportError(head.Row, ImportColumns.RegionCode, message),
            "address" => new ImportError(head.Row, ImportColumns.Address, message),
            "bankAccount" => new ImportError(head.Row, ImportColumns.BankAccount, message),
            "bankName" => new ImportError(head.Row, ImportColumns.BankName, message),
            _ => new ImportError(rows[0].Row, ImportColumns.Relation, message),
        };
    }

    private static void CheckDuplicatesAcrossFile(List<(CreateHouseholdRequest Request, Kernel.Identity.IdNumber[] Ids, List<TableRow> Rows)> households, List<ImportError> errors)
    {
        var first = new Dictionary<string, int>();
        foreach (var (_, ids, rows) in households)
        {
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i].Value is null)
                {
                    continue; // invalid, already reported
                }

                if (!first.TryAdd(ids[i].Value, rows[i].Row) && first[ids[i].Value] != rows[i].Row)
                {
                    var earlier = first[ids[i].Value];
                    if (!errors.Any(e => e.Row == rows[i].Row && e.Column == ImportColumns.IdNumber))
                    {
                        errors.Add(new ImportError(rows[i].Row, ImportColumns.IdNumber, $"身份证号码与第{earlier}行重复"));
                    }
                }
            }
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
