using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Wallets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RefuseBeyondWalletBalance",
                table: "BillingSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "WalletLocks",
                columns: table => new
                {
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    LockCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalletLocks", x => new { x.FamilyId, x.UserId, x.StructureId });
                    table.ForeignKey(
                        name: "FK_WalletLocks_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WalletLocks_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WalletLocks_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WalletMovements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FamilyId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StructureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    BookingId = table.Column<long>(type: "INTEGER", nullable: true),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalletMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalletMovements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WalletMovements_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WalletMovements_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WalletLocks_StructureId",
                table: "WalletLocks",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletLocks_UserId",
                table: "WalletLocks",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_BookingId",
                table: "WalletMovements",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_FamilyId_UserId_StructureId",
                table: "WalletMovements",
                columns: new[] { "FamilyId", "UserId", "StructureId" });

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_PaymentId",
                table: "WalletMovements",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_StructureId",
                table: "WalletMovements",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_WalletMovements_UserId",
                table: "WalletMovements",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WalletLocks");

            migrationBuilder.DropTable(
                name: "WalletMovements");

            migrationBuilder.DropColumn(
                name: "RefuseBeyondWalletBalance",
                table: "BillingSettings");
        }
    }
}
