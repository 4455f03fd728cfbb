using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PayAtBooking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HoldId",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BookingHolds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FamilyId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    Objet = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingHolds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BookingHolds_BookingSubmissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "BookingSubmissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BookingHolds_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_HoldId",
                table: "Bookings",
                column: "HoldId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingHolds_FamilyId",
                table: "BookingHolds",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingHolds_SubmissionId",
                table: "BookingHolds",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BookingHolds_UserId",
                table: "BookingHolds",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Bookings_BookingHolds_HoldId",
                table: "Bookings",
                column: "HoldId",
                principalTable: "BookingHolds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Bookings_BookingHolds_HoldId",
                table: "Bookings");

            migrationBuilder.DropTable(
                name: "BookingHolds");

            migrationBuilder.DropIndex(
                name: "IX_Bookings_HoldId",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "HoldId",
                table: "Bookings");
        }
    }
}
