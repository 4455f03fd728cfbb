using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BookingProcessing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WaitingSince",
                table: "Bookings",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "BookingRequests",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "BookingRequests",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReportedAt",
                table: "BookingRequests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WaitingPosition",
                table: "BookingRequests",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProcessingMode",
                table: "Activities",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Nightly");

            migrationBuilder.CreateTable(
                name: "ActivityDays",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "int", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: true),
                    LockCount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityDays", x => new { x.ActivityId, x.Day });
                    table.ForeignKey(
                        name: "FK_ActivityDays_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookingProcessingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    NightlyRunAt = table.Column<TimeOnly>(type: "time", nullable: false),
                    ReportAt = table.Column<TimeOnly>(type: "time", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingProcessingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BookingPromotions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BookingId = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PromotedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PromotedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingPromotions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingPromotions_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BookingReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Night = table.Column<DateOnly>(type: "date", nullable: false),
                    SentTo = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Movements = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BookingReports_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BookingRequests_UserId_ReportedAt",
                table: "BookingRequests",
                columns: new[] { "UserId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingPromotions_BookingId",
                table: "BookingPromotions",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_BookingPromotions_UserId_ReportedAt",
                table: "BookingPromotions",
                columns: new[] { "UserId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingReports_Night_SentTo",
                table: "BookingReports",
                columns: new[] { "Night", "SentTo" });

            migrationBuilder.CreateIndex(
                name: "IX_BookingReports_UserId_Night",
                table: "BookingReports",
                columns: new[] { "UserId", "Night" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityDays");

            migrationBuilder.DropTable(
                name: "BookingProcessingSettings");

            migrationBuilder.DropTable(
                name: "BookingPromotions");

            migrationBuilder.DropTable(
                name: "BookingReports");

            migrationBuilder.DropIndex(
                name: "IX_BookingRequests_UserId_ReportedAt",
                table: "BookingRequests");

            migrationBuilder.DropColumn(
                name: "WaitingSince",
                table: "Bookings");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "BookingRequests");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "BookingRequests");

            migrationBuilder.DropColumn(
                name: "ReportedAt",
                table: "BookingRequests");

            migrationBuilder.DropColumn(
                name: "WaitingPosition",
                table: "BookingRequests");

            migrationBuilder.DropColumn(
                name: "ProcessingMode",
                table: "Activities");
        }
    }
}
