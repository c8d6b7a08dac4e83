namespace Minzheng.Kernel.Identity;

public enum Sex
{
    Female = 0,
    Male = 1,
}
