using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnlinePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PaymentOperations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PurposeReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Refdet = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Objet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IdOp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResultCode = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    AuthorisationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransactionAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentOperations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_IdOp",
                table: "PaymentOperations",
                column: "IdOp",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_Purpose_PurposeReference",
                table: "PaymentOperations",
                columns: new[] { "Purpose", "PurposeReference" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentOperations_UserId_Refdet",
                table: "PaymentOperations",
                columns: new[] { "UserId", "Refdet" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PaymentOperations");
        }
    }
}
