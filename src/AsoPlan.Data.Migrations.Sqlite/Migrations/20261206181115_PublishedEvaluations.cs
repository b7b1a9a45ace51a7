using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PublishedEvaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectionReason",
                table: "PdcaRecords",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionRequest",
                table: "PdcaRecords",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CorrectionRequestedAt",
                table: "PdcaRecords",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CorrectionRequestedBy",
                table: "PdcaRecords",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsPreliminary",
                table: "ActualValues",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Publications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PdcaRecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Publications_PdcaRecords_PdcaRecordId",
                        column: x => x.PdcaRecordId,
                        principalTable: "PdcaRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    NotAvailableReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    WorseThanBaseline = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetUsed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ExpectedValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    ExpectedProgress = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    ProgressRate = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    ShareOfPath = table.Column<decimal>(type: "TEXT", precision: 28, scale: 12, nullable: true),
                    ThresholdMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    Floor = table.Column<bool>(type: "INTEGER", nullable: true),
                    Margin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedValues_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublishedValues_Publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_IsCurrent_MeasureId_FiscalYear",
                table: "Publications",
                columns: new[] { "IsCurrent", "MeasureId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Publications_PdcaRecordId_Revision",
                table: "Publications",
                columns: new[] { "PdcaRecordId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedValues_IndicatorId",
                table: "PublishedValues",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedValues_PublicationId_IndicatorId",
                table: "PublishedValues",
                columns: new[] { "PublicationId", "IndicatorId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedValues");

            migrationBuilder.DropTable(
                name: "Publications");

            migrationBuilder.DropColumn(
                name: "CorrectionReason",
                table: "PdcaRecords");

            migrationBuilder.DropColumn(
                name: "CorrectionRequest",
                table: "PdcaRecords");

            migrationBuilder.DropColumn(
                name: "CorrectionRequestedAt",
                table: "PdcaRecords");

            migrationBuilder.DropColumn(
                name: "CorrectionRequestedBy",
                table: "PdcaRecords");

            migrationBuilder.DropColumn(
                name: "IsPreliminary",
                table: "ActualValues");
        }
    }
}
