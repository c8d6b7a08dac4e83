using System.Data.Common;

namespace Minzheng.Platform.Data;

/// <summary>Named parameters for the few statements written as plain SQL (outbox feed, checkpoints, job leases, the ledger's audit).</summary>
public static class DbCommandParameters
{
    public static DbCommand With(this DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
        return cmd;
    }
}
