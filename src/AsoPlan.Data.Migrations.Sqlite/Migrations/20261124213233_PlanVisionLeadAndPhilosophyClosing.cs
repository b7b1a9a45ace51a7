using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanVisionLeadAndPhilosophyClosing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhilosophyClosing",
                table: "Plans",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VisionLead",
                table: "Plans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PhilosophyClosing",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "VisionLead",
                table: "Plans");
        }
    }
}
