using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BudgetPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PublishedProjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PublicationId = table.Column<int>(type: "int", nullable: false),
                    UnitCost = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    PersonnelCost = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
                    TotalCost = table.Column<decimal>(type: "decimal(18,0)", precision: 18, scale: 0, nullable: true),
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
                    table.PrimaryKey("PK_PublishedProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedProjects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PublishedProjects_Publications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "Publications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedProjects_ProjectId",
                table: "PublishedProjects",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedProjects_PublicationId_ProjectId",
                table: "PublishedProjects",
                columns: new[] { "PublicationId", "ProjectId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedProjects");
        }
    }
}
