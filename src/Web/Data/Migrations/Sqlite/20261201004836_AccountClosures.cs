using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountClosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "Families",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AccountClosures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Motif = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WholeFamily = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountClosures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccountClosures_Status",
                table: "AccountClosures",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AccountClosures_UserId_Status",
                table: "AccountClosures",
                columns: new[] { "UserId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountClosures");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "Families");
        }
    }
}
