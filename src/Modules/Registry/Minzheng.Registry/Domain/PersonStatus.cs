namespace Minzheng.Registry.Domain;

internal enum PersonStatus
{
    Alive = 0,
    Deceased = 1,
    MovedOut = 2,
}

public enum Relation
{
    Head = 0,
    Spouse = 1,
    Child = 2,
    Parent = 3,
    Grandchild = 4,
    Grandparent = 5,
    Sibling = 6,
    Other = 9,
}

public enum HouseholdKind
{
    Urban = 0,
    Rural = 1,
}

internal static class RegistryLabels
{
    public static string Of(PersonStatus s) => s switch
    {
        PersonStatus.Alive => "在册",
        PersonStatus.Deceased => "已死亡",
        PersonStatus.MovedOut => "已迁出",
        _ => s.ToString(),
    };

    public static string Of(Relation r) => r switch
    {
        Relation.Head => "户主",
        Relation.Spouse => "配偶",
        Relation.Child => "子女",
        Relation.Parent => "父母",
        Relation.Grandchild => "孙子女",
        Relation.Grandparent => "祖父母",
        Relation.Sibling => "兄弟姐妹",
        _ => "其他",
    };

    public static string Of(HouseholdKind k) => k == HouseholdKind.Urban ? "城镇" : "农村";

    public static string Of(Kernel.Identity.Sex s) => s == Kernel.Identity.Sex.Male ? "男" : "女";
}
