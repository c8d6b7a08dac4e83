namespace Minzheng.Kernel.Calendar;

/// <summary>A working-day count was asked from a day in a year whose official holiday arrangement is not loaded.</summary>
public sealed class CalendarYearNotLoadedException(int year)
    : InvalidOperationException($"{year}年的法定节假日安排尚未导入，无法按工作日计算时限。请系统管理员导入国务院办公厅关于{year}年部分节假日安排的通知（./mz calendar load 文件）")
{
    public int Year { get; } = year;
}
