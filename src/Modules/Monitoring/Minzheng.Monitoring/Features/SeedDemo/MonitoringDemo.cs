using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Monitoring.Data;
using Minzheng.Monitoring.Domain;
using Minzheng.Monitoring.Features.Feeds;
using Minzheng.Monitoring.Features.Runs;
using Minzheng.Platform.Data;
using Minzheng.Registry.Contracts;

namespace Minzheng.Monitoring.Features.SeedDemo;

/// <summary>
/// Demo monitoring for the demo district (first start only): thirty households under monitoring, one synthetic feed per
/// department in which a few of them appear, and this month's run, so that the towns open the demo with alerts to handle.
/// </summary>
internal static class MonitoringDemo
{
    public static async Task<int> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<MonitoringDbContext>();
        if (await db.Uploads.AnyAsync(ct) || await db.Subjects.AnyAsync(ct))
        {
            return 0;
        }

        var persons = services.GetRequiredService<IPersonDirectory>();
        var households = services.GetRequiredService<IHouseholdSnapshots>();
        var clock = services.GetRequiredService<TimeProvider>();
        var (adults, _) = await persons.SearchAsync(18, null, null, 1, 100, ct);
        var chosen = new List<HouseholdSnapshot>();
        foreach (var id in adults.Select(p => p.HouseholdId).OfType<Guid>().Distinct().Take(30))
        {
            if (await households.FindAsync(id, ct) is { } h)
            {
                chosen.Add(h);
            }
        }

        if (chosen.Count < 10)
        {
            return 0; // no demo registry to monitor
        }

        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < chosen.Count; i++)
        {
            db.Subjects.Add(new MonitoredSubject
            {
                HouseholdId = chosen[i].Id, HouseholdNumber = chosen[i].Number, RegionCode = chosen[i].RegionCode,
                Category = i % 3 == 2 ? "other" : "anti_poverty", Reason = i % 2 == 0 ? "因病致贫风险（演示数据）" : "家庭收入不稳定（演示数据）",
                AddedBy = "演示数据", AddedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(ct);

        var ids = (await services.GetRequiredService<IMemberIdentities>().ForMatchingAsync([.. chosen.Select(h => h.Id)], "演示数据：生成部门比对样例", ct))
            .GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, g => g.Select(m => m.IdNumber).ToList());
        string Member(int household, int n = 0) => ids.TryGetValue(chosen[household].Id, out var list) && list.Count > 0 ? list[Math.Min(n, list.Count - 1)] : Outsider(household);
        var today = clock.Today();
        string Day(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var feeds = new Dictionary<string, StringBuilder>
        {
            ["deaths"] = new StringBuilder("id_number,death_date\n").Append(CultureInfo.InvariantCulture, $"{Member(0)},{Day(12)}\n{Member(1, 1)},{Day(40)}\n{Outsider(100)},{Day(3)}\n"),
            ["vehicles"] = new StringBuilder("owner_id_number,plate,vehicle_type,value_yuan\n").Append(CultureInfo.InvariantCulture, $"{Member(2)},湘D·A2345,小型轿车,86000\n{Member(3)},湘D·B1111,电动三轮车,6800\n{Outsider(101)},湘D·C9999,小型轿车,150000\n"),
            ["business"] = new StringBuilder("legal_rep_id_number,credit_code,name,registered_capital_yuan,status\n").Append(CultureInfo.InvariantCulture, $"{Member(4)},91430408MA4L000001,\"蒸湘区某某商贸有限公司\",200000,active\n{Member(5)},91430408MA4L000002,蒸湘区某某餐饮店,30000,revoked\n"),
            ["property"] = new StringBuilder("owner_id_number,certificate_no,area_m2\n").Append(CultureInfo.InvariantCulture, $"{Member(6)},湘(2021)衡阳市不动产权第0000001号,89.5\n{Member(6, 1)},湘(2022)衡阳市不动产权第0000002号,120\n{Member(7)},湘(2020)衡阳市不动产权第0000003号,76\n{Member(7, 1)},湘(2020)衡阳市不动产权第0000003号,76\n"),
            ["medical"] = new StringBuilder("id_number,settled_on,total_yuan,out_of_pocket_yuan\n").Append(CultureInfo.InvariantCulture, $"{Member(8)},{Day(60)},52000,18500\n{Member(8, 1)},{Day(20)},9000,7600.50\n{Member(9)},{Day(30)},3000,900\n"),
        };
        var upload = services.GetRequiredService<UploadFeedHandler>();
        foreach (var (kind, csv) in feeds)
        {
            await upload.HandleAsync(kind, FeedFile.FromBytes($"{kind}-演示.csv", Encoding.UTF8.GetBytes(csv.ToString())), UploadChannel.Cli, ct);
        }

        var run = await services.GetRequiredService<StartRunHandler>().HandleAsync(new StartRunRequest(today.ToString("yyyy-MM", CultureInfo.InvariantCulture), today), ct);
        await services.GetRequiredService<RunExecutor>().ExecuteAsync(run.Id, ct: ct);
        return chosen.Count;
    }

    /// <summary>A valid ID number of nobody monitored (feeds are mostly about other people).</summary>
    private static string Outsider(int n)
    {
        var first17 = $"43040719{70 + (n % 30):00}0{1 + (n % 9)}1{n % 9}{n % 1000:000}";
        return first17 + Minzheng.Kernel.Identity.IdNumber.ComputeCheckCharacter(first17);
    }
}
