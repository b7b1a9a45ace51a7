using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PeriodClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAt",
                table: "PlanPeriods",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "PlanPeriods",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedReason",
                table: "PlanPeriods",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReopenedAt",
                table: "PlanPeriods",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReopenedBy",
                table: "PlanPeriods",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReopenedReason",
                table: "PlanPeriods",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FinalReviewTexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanPeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: true),
                    DraftResults = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DraftIssues = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    HasDraft = table.Column<bool>(type: "INTEGER", nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Issues = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinalReviewTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FinalReviewTexts_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FinalReviewTexts_PlanPeriods_PlanPeriodId",
                        column: x => x.PlanPeriodId,
                        principalTable: "PlanPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinalReviewTexts_MeasureId",
                table: "FinalReviewTexts",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_FinalReviewTexts_PlanPeriodId_MeasureId",
                table: "FinalReviewTexts",
                columns: new[] { "PlanPeriodId", "MeasureId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinalReviewTexts");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "PlanPeriods");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "PlanPeriods");

            migrationBuilder.DropColumn(
                name: "ClosedReason",
                table: "PlanPeriods");

            migrationBuilder.DropColumn(
                name: "ReopenedAt",
                table: "PlanPeriods");

            migrationBuilder.DropColumn(
                name: "ReopenedBy",
                table: "PlanPeriods");

            migrationBuilder.DropColumn(
                name: "ReopenedReason",
                table: "PlanPeriods");
        }
    }
}
