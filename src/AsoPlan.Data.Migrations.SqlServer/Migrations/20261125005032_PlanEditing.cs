using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PlanEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RetiredFromFiscalYear",
                table: "Indicators",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IndicatorYearTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Value = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorYearTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorYearTargets_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RevisionNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PolicyId = table.Column<int>(type: "int", nullable: false),
                    MeasureId = table.Column<int>(type: "int", nullable: true),
                    IndicatorCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevisionNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevisionNotes_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RevisionNotes_Policies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "Policies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorYearTargets_IndicatorId_FiscalYear",
                table: "IndicatorYearTargets",
                columns: new[] { "IndicatorId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RevisionNotes_MeasureId_ChangedAt",
                table: "RevisionNotes",
                columns: new[] { "MeasureId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RevisionNotes_PolicyId_ChangedAt",
                table: "RevisionNotes",
                columns: new[] { "PolicyId", "ChangedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndicatorYearTargets");

            migrationBuilder.DropTable(
                name: "RevisionNotes");

            migrationBuilder.DropColumn(
                name: "RetiredFromFiscalYear",
                table: "Indicators");
        }
    }
}
