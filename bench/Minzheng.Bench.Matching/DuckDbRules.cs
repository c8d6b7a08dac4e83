using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace Minzheng.Bench.Matching;

/// <summary>The same rules of MATCHING.md as SQL over read_csv in DuckDB (2 threads): the baseline to beat.</summary>
internal static class DuckDbRules
{
    public static TimeSpan Run(string folder, DateOnly asOf, string output, int threads)
    {
        var watch = Stopwatch.StartNew();
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, $"SET threads = {threads}");
        Execute(connection, """
            CREATE MACRO valid_id(s) AS
                length(s) = 18 AND regexp_full_match(s, '[0-9]{17}[0-9Xx]')
                AND try_strptime(substr(s, 7, 8), '%Y%m%d') IS NOT NULL
                AND substr('10X98765432', 1 + (list_sum(list_transform(range(17),
                        i -> (ascii(substr(s, i + 1, 1)) - 48) * [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2][i + 1])) % 11)::INTEGER, 1) = upper(substr(s, 18, 1))
            """);
        string Csv(string name) => $"read_csv('{Path.Combine(folder, name)}', header = true, all_varchar = true, quote = '\"', escape = '\"', delim = ',')";
        var day = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Execute(connection, $"""
            CREATE TABLE m AS
            SELECT id, hh FROM (
                SELECT upper(trim(id_number)) AS id, trim(household_id) AS hh, row_number() OVER () AS rn
                FROM {Csv("monitored.csv")}
                WHERE valid_id(trim(id_number)) AND trim(household_id) <> ''
                  AND trim(programme) IN ('dibao','tekun','edge','rigid_expense','anti_poverty','other'))
            QUALIFY row_number() OVER (PARTITION BY id ORDER BY rn) = 1
            """);
        Execute(connection, $"""
            COPY (
              SELECT m.hh, m.id, 'deceased' AS rule, strftime(min(strptime(d.death_date, '%Y-%m-%d')), '%Y-%m-%d') AS value
              FROM {Csv("deaths.csv")} d JOIN m ON upper(trim(d.id_number)) = m.id
              WHERE try_strptime(d.death_date, '%Y-%m-%d') IS NOT NULL
              GROUP BY m.hh, m.id
              UNION ALL
              SELECT m.hh, m.id, 'vehicle_over_limit', printf('%.2f', max(CAST(v.value_yuan AS DECIMAL(18,2))))
              FROM {Csv("vehicles.csv")} v JOIN m ON upper(trim(v.owner_id_number)) = m.id
              WHERE CAST(v.value_yuan AS DECIMAL(18,2)) > 50000.00
              GROUP BY m.hh, m.id
              UNION ALL
              SELECT m.hh, m.id, 'business_owner', printf('%.2f', sum(CAST(b.registered_capital_yuan AS DECIMAL(18,2))))
              FROM {Csv("business.csv")} b JOIN m ON upper(trim(b.legal_rep_id_number)) = m.id
              WHERE trim(b.status) = 'active'
              GROUP BY m.hh, m.id
              UNION ALL
              SELECT m.hh, NULL::VARCHAR, 'property_over_limit', CAST(count(DISTINCT trim(p.certificate_no)) AS VARCHAR)
              FROM {Csv("property.csv")} p JOIN m ON upper(trim(p.owner_id_number)) = m.id
              GROUP BY m.hh HAVING count(DISTINCT trim(p.certificate_no)) >= 2
              UNION ALL
              SELECT m.hh, NULL::VARCHAR, 'medical_burden', printf('%.2f', sum(CAST(x.out_of_pocket_yuan AS DECIMAL(18,2))))
              FROM {Csv("medical.csv")} x JOIN m ON upper(trim(x.id_number)) = m.id
              WHERE CAST(x.settled_on AS DATE) > DATE '{day}' - INTERVAL 1 YEAR AND CAST(x.settled_on AS DATE) <= DATE '{day}'
              GROUP BY m.hh HAVING sum(CAST(x.out_of_pocket_yuan AS DECIMAL(18,2))) > 20000.00
            ) TO '{output}' (HEADER, DELIMITER ',')
            """);
        return watch.Elapsed;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
