using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TropPaye : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ActivityId",
                table: "InvoiceLines",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CreditMovements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    StructureId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    BookingId = table.Column<long>(type: "bigint", nullable: true),
                    HoldId = table.Column<long>(type: "bigint", nullable: true),
                    InvoiceId = table.Column<long>(type: "bigint", nullable: true),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreditNoteId = table.Column<long>(type: "bigint", nullable: true),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditMovements_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CreditMovements_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CreditMovements_Structures_StructureId",
                        column: x => x.StructureId,
                        principalTable: "Structures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_BookingId",
                table: "CreditMovements",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_FamilyId_UserId_StructureId",
                table: "CreditMovements",
                columns: new[] { "FamilyId", "UserId", "StructureId" });

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_HoldId",
                table: "CreditMovements",
                column: "HoldId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_InvoiceId",
                table: "CreditMovements",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_StructureId",
                table: "CreditMovements",
                column: "StructureId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditMovements_UserId",
                table: "CreditMovements",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditMovements");

            migrationBuilder.DropColumn(
                name: "ActivityId",
                table: "InvoiceLines");
        }
    }
}
