using Microsoft.EntityFrameworkCore;
using Minzheng.Assistance.Data;
using Minzheng.Assistance.Domain.Cases;
using Minzheng.Platform.Access;
using Minzheng.Platform.Errors;
using Minzheng.Platform.Files;
using Minzheng.Platform.Identity;

namespace Minzheng.Assistance.Features.InvestigationPhotos;

internal sealed record PhotoRequest(string? FileName, string? Base64, string? Caption);

internal sealed record PhotoRow(Guid Id, string FileName, string Caption, string TakenBy, DateTime CreatedAtUtc);

/// <summary>
/// Photos of the 入户调查: taken by the town case worker or the village assistant of the household's village while the
/// case is being investigated (JPG or PNG, checked by content; at most <see cref="CasePhoto.MaxPerCase"/>), seen by
/// everyone who may see the case.
/// </summary>
internal sealed class InvestigationPhotosHandler(AssistanceDbContext db, TimeProvider clock)
{
    private static readonly IReadOnlyList<string> Images = [".jpg", ".jpeg", ".png"];

    public async Task<IReadOnlyList<PhotoRow>> ListAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct))
        {
            throw new NotFoundException("案件不存在或无权查看");
        }

        return await db.Photos.AsNoTracking().Where(p => p.CaseId == caseId).OrderBy(p => p.CreatedAtUtc)
            .Select(p => new PhotoRow(p.Id, p.FileName, p.Caption, p.TakenBy, p.CreatedAtUtc)).ToListAsync(ct);
    }

    public async Task<PhotoRow> AddAsync(Guid caseId, PhotoRequest request, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.Id, x.RegionCode, x.Status }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("案件不存在或无权查看");
        if (!(db.User.IsInRole(Roles.TownCaseWorker) || db.User.IsInRole(Roles.VillageAssistant)) || !db.User.Allows(c.RegionCode))
        {
            throw new ForbiddenException("入户调查照片由镇街经办或村居协理员上传");
        }

        if (c.Status != CaseStatus.Investigation)
        {
            throw new BusinessRuleException("只有在入户调查阶段才能上传调查照片");
        }

        var (file, problem) = UploadedFile.FromBase64(request.FileName, "image", request.Base64, Images, "调查照片", "JPG 或 PNG");
        var caption = request.Caption?.Trim() ?? string.Empty;
        var errors = new FieldErrors();
        if (problem is not null)
        {
            errors.Add("photo", problem);
        }

        if (caption.Length > 100)
        {
            errors.Add("caption", "说明不超过 100 字");
        }

        errors.ThrowIfAny();

        if (await db.Photos.CountAsync(p => p.CaseId == caseId, ct) >= CasePhoto.MaxPerCase)
        {
            throw new BusinessRuleException($"每个案件最多 {CasePhoto.MaxPerCase} 张调查照片");
        }

        var photo = new CasePhoto
        {
            CaseId = caseId, RegionCode = c.RegionCode, FileName = file!.Name, Caption = caption, Bytes = file.Bytes, TakenBy = db.User.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Photos.Add(photo);
        await db.SaveChangesAsync(ct);
        return new PhotoRow(photo.Id, photo.FileName, photo.Caption, photo.TakenBy, photo.CreatedAtUtc);
    }

    public async Task<(string Name, byte[] Bytes)> GetAsync(Guid photoId, CancellationToken ct = default)
    {
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct) ?? throw new NotFoundException("照片不存在或无权查看");
        return (photo.FileName, photo.Bytes);
    }
}
