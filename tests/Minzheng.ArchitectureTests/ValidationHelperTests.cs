namespace Minzheng.ArchitectureTests;

/// <summary>One validation helper (issue 17.3): use cases collect field errors with Platform's FieldErrors, not dictionaries of their own.</summary>
public class ValidationHelperTests
{
    [Fact]
    public void No_use_case_builds_its_own_error_dictionary()
    {
        var root = ModuleSources.Root();
        var allowed = new[] { Path.Combine("Platform", "Minzheng.Platform", "Errors"), Path.Combine("Platform", "Minzheng.Platform.Ui") };
        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => ModuleSources.IsSource(f) && !allowed.Any(a => f.Contains(a, StringComparison.Ordinal)))
            .Where(f => File.ReadAllText(f).Contains("Dictionary<string, string[]>", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root.FullName, f))
            .ToList();
        Assert.True(offenders.Count == 0, "use FieldErrors instead:\n" + string.Join("\n", offenders));
    }
}
