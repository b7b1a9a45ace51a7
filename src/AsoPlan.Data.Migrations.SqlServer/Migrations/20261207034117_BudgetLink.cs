using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetLink : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeasureId = table.Column<int>(type: "int", nullable: false),
                    InitiativeId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    OwnerSectionId = table.Column<int>(type: "int", nullable: true),
                    BudgetCode = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    SearchText = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_Initiatives_InitiativeId",
                        column: x => x.InitiativeId,
                        principalTable: "Initiatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Projects_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Projects_Sections_OwnerSectionId",
                        column: x => x.OwnerSectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffCostRates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffCostRates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProjectRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PdcaRecordId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    InitialBudget = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    SupplementaryBudget = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    Settlement = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    NationalFunds = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    PrefecturalFunds = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    LocalBonds = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    OtherFunds = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    GeneralFunds = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    StaffEffort = table.Column<decimal>(type: "decimal(9,1)", precision: 9, scale: 1, nullable: true),
                    Activity1Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Activity1Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Activity1Target = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Activity1Actual = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Activity2Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Activity2Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Activity2Target = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Activity2Actual = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    TargetText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    IntentText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    MeansText = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Direction = table.Column<int>(type: "int", nullable: true),
                    DirectionReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectRecords_PdcaRecords_PdcaRecordId",
                        column: x => x.PdcaRecordId,
                        principalTable: "PdcaRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectRecords_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRecords_PdcaRecordId_ProjectId",
                table: "ProjectRecords",
                columns: new[] { "PdcaRecordId", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProjectRecords_ProjectId",
                table: "ProjectRecords",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_BudgetCode",
                table: "Projects",
                column: "BudgetCode");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_InitiativeId_SortOrder",
                table: "Projects",
                columns: new[] { "InitiativeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_MeasureId_Code",
                table: "Projects",
                columns: new[] { "MeasureId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Projects_OwnerSectionId",
                table: "Projects",
                column: "OwnerSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffCostRates_FiscalYear",
                table: "StaffCostRates",
                column: "FiscalYear",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProjectRecords");

            migrationBuilder.DropTable(
                name: "StaffCostRates");

            migrationBuilder.DropTable(
                name: "Projects");
        }
    }
}
