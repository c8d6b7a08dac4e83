using Minzheng.Platform.Errors;
using Minzheng.Kernel.Money;

namespace Minzheng.Assistance.Features.AdvanceCase;

/// <summary>An amount in yuan a case worker types: not negative, at most two decimals; the problem goes to the field.</summary>
internal static class YuanInput
{
    public static long? Fen(decimal yuan, string field, string what, FieldErrors errors)
    {
        if (yuan < 0)
        {
            errors.Add(field, $"{what}不能为负数");
            return null;
        }

        if (decimal.Round(yuan, 2) != yuan)
        {
            errors.Add(field, "金额最多两位小数");
            return null;
        }

        return Money.FromYuan(yuan).Fen;
    }
}
