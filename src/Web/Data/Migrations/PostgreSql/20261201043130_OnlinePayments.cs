using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PurposeReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Refdet = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Objet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IdOp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResultCode = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    AuthorisationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    TransactionAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
