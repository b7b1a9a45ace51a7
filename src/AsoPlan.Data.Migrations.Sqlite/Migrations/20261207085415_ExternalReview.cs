using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExternalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewerAccessUntil",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommitteeFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    CommitteeOpinion = table.Column<string>(type: "TEXT", nullable: true),
                    CityResponse = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectionNotes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeFindings_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewerFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reviewer = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewerFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewerFindings_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewRounds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeFindings_FiscalYear_MeasureId",
                table: "CommitteeFindings",
                columns: new[] { "FiscalYear", "MeasureId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeFindings_MeasureId",
                table: "CommitteeFindings",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerFindings_FiscalYear_MeasureId_Reviewer",
                table: "ReviewerFindings",
                columns: new[] { "FiscalYear", "MeasureId", "Reviewer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewerFindings_MeasureId",
                table: "ReviewerFindings",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewRounds_FiscalYear",
                table: "ReviewRounds",
                column: "FiscalYear",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeFindings");

            migrationBuilder.DropTable(
                name: "ReviewerFindings");

            migrationBuilder.DropTable(
                name: "ReviewRounds");

            migrationBuilder.DropColumn(
                name: "ReviewerAccessUntil",
                table: "AspNetUsers");
        }
    }
}
