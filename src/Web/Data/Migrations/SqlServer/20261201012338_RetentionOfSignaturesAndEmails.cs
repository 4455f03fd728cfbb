using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RetentionOfSignaturesAndEmails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A commune that already saved its settings gets the defaults (RetentionSettings), not 0 (purge everything).
            migrationBuilder.AddColumn<int>(
                name: "EmailMonths",
                table: "RetentionSettings",
                type: "int",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "SignatureMonths",
                table: "RetentionSettings",
                type: "int",
                nullable: false,
                defaultValue: 60);

            migrationBuilder.CreateTable(
                name: "SignatureChainAnchors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    AfterSignatureId = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Deleted = table.Column<long>(type: "bigint", nullable: false),
                    MovedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatureChainAnchors", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignatureChainAnchors");

            migrationBuilder.DropColumn(
                name: "EmailMonths",
                table: "RetentionSettings");

            migrationBuilder.DropColumn(
                name: "SignatureMonths",
                table: "RetentionSettings");
        }
    }
}
