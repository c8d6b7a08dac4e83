using System.Text.Json;
using Minzheng.IntegrationTests.Infrastructure;

namespace Minzheng.IntegrationTests.Platform;

/// <summary>Every operation of the OpenAPI document lists the errors it may answer (issue 17.4): 400, 404, 409, and 401/403 where a login is needed.</summary>
[Collection("sqlite")]
public sealed class OpenApiErrorsTests(SqliteWebHost host)
{
    [Fact]
    public async Task Every_operation_documents_its_error_responses()
    {
        var staff = await host.LoginAsync("officer");
        using var doc = JsonDocument.Parse(await staff.GetStringAsync("/openapi/v1.json"));
        var missing = new List<string>();
        var operations = 0;
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                operations++;
                var codes = op.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet();
                var expected = path.Name.StartsWith("/api/public/", StringComparison.Ordinal) ? new[] { "400", "404", "409" } : ["400", "401", "403", "404", "409"];
                var lacking = expected.Where(c => !codes.Contains(c)).ToList();
                if (lacking.Count > 0)
                {
                    missing.Add($"{op.Name.ToUpperInvariant()} {path.Name}: {string.Join(", ", lacking)}");
                }

                var problem = op.Value.GetProperty("responses").TryGetProperty("409", out var conflict) && conflict.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/problem+json", out _);
                if (!problem)
                {
                    missing.Add($"{op.Name.ToUpperInvariant()} {path.Name}: 409 is not application/problem+json");
                }
            }
        }

        Assert.True(operations > 100, $"only {operations} operations documented");
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }
}
