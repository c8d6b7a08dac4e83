namespace Minzheng.Assistance.Contracts;

/// <summary>What an operator runs against payrolls from a host (`mz payroll prepare`), as the system user.</summary>
public interface IPayrollOperations
{
    /// <summary>Starts (or resumes, after a crash) the payroll of a programme ("dibao" when null), town and month and prepares it here, reporting percent done.</summary>
    Task<PreparedPayroll> PrepareAsync(string town, string month, string? programme, IProgress<int>? progress, CancellationToken ct = default);
}

/// <summary>A prepared payroll run: its payments and total in fen.</summary>
public sealed record PreparedPayroll(Guid Id, string Programme, string Town, string Month, int Payments, long TotalFen);
