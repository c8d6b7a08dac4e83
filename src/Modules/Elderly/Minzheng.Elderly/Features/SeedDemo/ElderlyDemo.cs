using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Minzheng.Elderly.Data;
using Minzheng.Elderly.Domain.Services;
using Minzheng.Platform.Data;
using Minzheng.Registry.Contracts;

namespace Minzheng.Elderly.Features.SeedDemo;

/// <summary>
/// Demo providers for the demo district (first start only): an institution with a safety finding to put right, a
/// home-service provider bound to the demo 服务机构 account with three home care beds in 蒸湘街道, and a meal point.
/// </summary>
internal static class ElderlyDemo
{
    public const string ProviderAccount = "provider";

    public static async Task<int> SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var db = services.GetRequiredService<ElderlyDbContext>();
        if (await db.Providers.AnyAsync(ct))
        {
            return 0;
        }

        var clock = services.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        Provider New(string name, ProviderKind kind, string region, int beds, int nursing, int rating) => new()
        {
            Name = name, Kind = kind, RegionCode = region, Beds = beds, NursingBeds = nursing, Rating = rating, Contact = "0734-0000000", RecordedBy = "演示数据", CreatedAtUtc = now,
        };

        var institution = New("蒸湘区社会福利院（演示）", ProviderKind.Institution, "430408", 200, 130, 3);
        var homeService = New("蒸湘居家养老服务中心（演示）", ProviderKind.HomeService, "430408001", 0, 0, 2);
        var mealPoint = New("红湘社区长者食堂（演示）", ProviderKind.MealPoint, "430408002", 0, 0, 0);
        db.Providers.AddRange(institution, homeService, mealPoint);
        db.ProviderAccounts.Add(new ProviderAccount { UserName = ProviderAccount, ProviderId = homeService.Id, BoundBy = "演示数据", BoundAtUtc = now });
        db.Inspections.Add(new SafetyInspection
        {
            ProviderId = institution.Id, RegionCode = institution.RegionCode, InspectedOn = today.AddDays(-10), Inspector = "区民政局安全检查组（演示）",
            Result = InspectionResult.Rectify, Findings = "二楼消防通道堆放杂物；厨房燃气报警器未检测", RectifyBy = today.AddDays(20), RecordedBy = "演示数据", CreatedAtUtc = now,
        });

        var (elders, _) = await services.GetRequiredService<IPersonDirectory>().SearchAsync(65, "430408001", null, 1, 3, ct);
        for (var i = 0; i < elders.Count; i++)
        {
            db.Beds.Add(new HomeCareBed
            {
                PersonId = elders[i].Id, RegionCode = elders[i].RegionCode, ProviderId = homeService.Id, AgreementNo = $"JTCW-DEMO-{i + 1:000}",
                StartsOn = today.AddMonths(-2), FitOut = "护理床,紧急呼叫设备", RecordedBy = "演示数据", CreatedAtUtc = now,
            });
        }

        await db.SaveChangesAsync(ct);
        return 3;
    }
}
