using Minzheng.Kernel.Identity;

namespace Minzheng.Registry.Features.SeedDemo;

/// <summary>Deterministic synthetic names, ID numbers, phones and bank accounts. Nothing here is a real person.</summary>
internal sealed class DemoPeople(int seed)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "谢", "唐", "邓", "曾", "彭", "蒋", "廖", "欧阳"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "玉兰", "志强", "海燕", "湘", "衡", "雁", "蒸", "红梅", "建国", "小红", "子涵", "浩然", "梓萱", "宇轩", "欣怡"];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _ids = [];

    public Random Random => _random;

    public string Name() => Surnames[_random.Next(Surnames.Length)] + Given[_random.Next(Given.Length)];

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>A valid, unique 430408… ID number for someone born on the day.</summary>
    public IdNumber IdNumber(DateOnly birth, DateOnly today)
    {
        while (true)
        {
            var seq = _random.Next(0, 1000);
            var first17 = $"430408{birth:yyyyMMdd}{seq:D3}";
            var value = first17 + Kernel.Identity.IdNumber.ComputeCheckCharacter(first17);
            if (_ids.Add(value))
            {
                return Kernel.Identity.IdNumber.Parse(value, today);
            }
        }
    }

    public DateOnly BirthBetween(DateOnly from, DateOnly to) => from.AddDays(_random.Next(0, Math.Max(1, to.DayNumber - from.DayNumber)));

    public string Phone() => "1" + "3578"[_random.Next(4)] + _random.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string BankAccount() => "6217" + _random.NextInt64(100_000_000_000_000, 999_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
