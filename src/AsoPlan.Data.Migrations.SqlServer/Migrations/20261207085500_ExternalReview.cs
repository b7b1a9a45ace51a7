using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommitteeFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    MeasureId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<int>(type: "int", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    CommitteeOpinion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CityResponse = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CorrectionNotes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    MeasureId = table.Column<int>(type: "int", nullable: false),
                    Reviewer = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    IsOpen = table.Column<bool>(type: "bit", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
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
