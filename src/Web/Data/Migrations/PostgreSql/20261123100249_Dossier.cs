using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Dossier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Fiches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FamilyId = table.Column<int>(type: "integer", nullable: false),
                    CampaignId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResponsableId = table.Column<int>(type: "integer", nullable: true),
                    ChildId = table.Column<int>(type: "integer", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DataJson = table.Column<string>(type: "text", nullable: false),
                    PreviousDataJson = table.Column<string>(type: "text", nullable: true),
                    Motif = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TransmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fiches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Fiches_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Fiches_Children_ChildId",
                        column: x => x.ChildId,
                        principalTable: "Children",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Fiches_Families_FamilyId",
                        column: x => x.FamilyId,
                        principalTable: "Families",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Fiches_Responsables_ResponsableId",
                        column: x => x.ResponsableId,
                        principalTable: "Responsables",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "FicheEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FicheId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FicheEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FicheEvents_Fiches_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Fiches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FichePieces",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FicheId = table.Column<int>(type: "integer", nullable: false),
                    PieceCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    BlobName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ThumbnailBlobName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PageCount = table.Column<int>(type: "integer", nullable: true),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FichePieces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FichePieces_Fiches_FicheId",
                        column: x => x.FicheId,
                        principalTable: "Fiches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FicheEvents_FicheId_At",
                table: "FicheEvents",
                columns: new[] { "FicheId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_FichePieces_BlobName",
                table: "FichePieces",
                column: "BlobName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FichePieces_FicheId",
                table: "FichePieces",
                column: "FicheId");

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_CampaignId_ChildId",
                table: "Fiches",
                columns: new[] { "CampaignId", "ChildId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_CampaignId_ResponsableId",
                table: "Fiches",
                columns: new[] { "CampaignId", "ResponsableId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_ChildId",
                table: "Fiches",
                column: "ChildId");

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_FamilyId_CampaignId",
                table: "Fiches",
                columns: new[] { "FamilyId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_ResponsableId",
                table: "Fiches",
                column: "ResponsableId");

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_Status_TransmittedAt",
                table: "Fiches",
                columns: new[] { "Status", "TransmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FicheEvents");

            migrationBuilder.DropTable(
                name: "FichePieces");

            migrationBuilder.DropTable(
                name: "Fiches");
        }
    }
}
