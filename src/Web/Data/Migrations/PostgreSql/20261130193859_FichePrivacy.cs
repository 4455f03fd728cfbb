using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DossierFamille.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FichePrivacy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DeclaredByResponsableId",
                table: "Fiches",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fiches_DeclaredByResponsableId",
                table: "Fiches",
                column: "DeclaredByResponsableId");

            migrationBuilder.AddForeignKey(
                name: "FK_Fiches_Responsables_DeclaredByResponsableId",
                table: "Fiches",
                column: "DeclaredByResponsableId",
                principalTable: "Responsables",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Fiches_Responsables_DeclaredByResponsableId",
                table: "Fiches");

            migrationBuilder.DropIndex(
                name: "IX_Fiches_DeclaredByResponsableId",
                table: "Fiches");

            migrationBuilder.DropColumn(
                name: "DeclaredByResponsableId",
                table: "Fiches");
        }
    }
}
