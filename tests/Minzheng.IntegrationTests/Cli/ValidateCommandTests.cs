namespace Minzheng.IntegrationTests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public async Task Valid_ID_numbers_print_ok_with_their_parts_and_exit_0()
    {
        var (exit, output) = await MzProcess.RunAsync(Path.GetTempPath(), "validate", "id-number", "11010519491231002X", "440524188001010014", "11010519491231002x");
        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("11010519491231002X ok region=110105", lines[0], StringComparison.Ordinal);
        Assert.Contains("birth=1949-12-31 sex=female", lines[0], StringComparison.Ordinal);
        Assert.Contains("birth=1880-01-01 sex=male", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_invalid_ID_number_names_the_failing_part_and_exits_1()
    {
        var (exit, output) = await MzProcess.RunAsync(Path.GetTempPath(), "validate", "id-number", "11010519491231002X", "110105194912310021", "1101051949123100", "990105194912310025");
        Assert.Equal(1, exit);
        Assert.Contains("110105194912310021 invalid: check character", output, StringComparison.Ordinal);
        Assert.Contains("1101051949123100 invalid: length", output, StringComparison.Ordinal);
        Assert.Contains("990105194912310025 invalid: region", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credit_codes_are_decoded_or_refused()
    {
        var ok = await MzProcess.RunAsync(Path.GetTempPath(), "validate", "credit-code", "91350100M000100Y43");
        Assert.Equal(0, ok.Exit);
        Assert.Contains("authority=9(工商) category=91(企业) region=350100", ok.Output, StringComparison.Ordinal);
        var bad = await MzProcess.RunAsync(Path.GetTempPath(), "validate", "credit-code", "91350100M000100Y43", "91350100M000100I43");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("91350100M000100I43 invalid: characters", bad.Output, StringComparison.Ordinal);
    }
}
