using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeriodScopedNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_Number",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PolicyId",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Code",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_MeasureId",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Number",
                table: "Measures",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PolicyId_Number",
                table: "Measures",
                columns: new[] { "PolicyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_MeasureId_Code",
                table: "Indicators",
                columns: new[] { "MeasureId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Measures_Number",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Measures_PolicyId_Number",
                table: "Measures");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_Code",
                table: "Indicators");

            migrationBuilder.DropIndex(
                name: "IX_Indicators_MeasureId_Code",
                table: "Indicators");

            migrationBuilder.CreateIndex(
                name: "IX_Measures_Number",
                table: "Measures",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Measures_PolicyId",
                table: "Measures",
                column: "PolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_MeasureId",
                table: "Indicators",
                column: "MeasureId");
        }
    }
}
