using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Minzheng.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// The log's subtree hashes in a WITHOUT ROWID table: the (level, position) key is the table itself, so each stored
    /// node is one b-tree insert instead of two (the rowid table and its primary-key index). The EF model is unchanged.
    /// </summary>
    public partial class LedgerNodesWithoutRowid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, string.Empty);

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ledger_nodes_rebuilt" ("Level" INTEGER NOT NULL, "Position" INTEGER NOT NULL, "Hash" BLOB NOT NULL,
                    CONSTRAINT "PK_ledger_nodes" PRIMARY KEY ("Level", "Position")){options};
                INSERT INTO "ledger_nodes_rebuilt" ("Level", "Position", "Hash") SELECT "Level", "Position", "Hash" FROM "ledger_nodes";
                DROP TABLE "ledger_nodes";
                ALTER TABLE "ledger_nodes_rebuilt" RENAME TO "ledger_nodes";
                """);
        }
    }
}
