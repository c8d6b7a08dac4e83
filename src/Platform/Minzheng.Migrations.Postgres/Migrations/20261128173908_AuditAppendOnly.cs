using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Postgres.Migrations
{
    /// <summary>The audit trail is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE on it.</summary>
    public partial class AuditAppendOnly : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION platform_audit_append_only() RETURNS trigger AS $$
                BEGIN
                    RAISE EXCEPTION 'platform_audit is append-only: % refused', TG_OP;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER platform_audit_no_update_delete
                    BEFORE UPDATE OR DELETE ON platform_audit
                    FOR EACH ROW EXECUTE FUNCTION platform_audit_append_only();
                CREATE TRIGGER platform_audit_no_truncate
                    BEFORE TRUNCATE ON platform_audit
                    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_append_only();
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS platform_audit_no_truncate ON platform_audit;
                DROP TRIGGER IF EXISTS platform_audit_no_update_delete ON platform_audit;
                DROP FUNCTION IF EXISTS platform_audit_append_only();
                """);
        }
    }
}
