namespace Minzheng.Platform.Ui.Components;

public sealed record ChartBar(string Label, long Value);
