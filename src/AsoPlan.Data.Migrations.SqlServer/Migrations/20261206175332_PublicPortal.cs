using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PublicPortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Sections",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOffice",
                table: "Sections",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Sections",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Policies",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Measures",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Initiatives",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Indicators",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "ContactOffice",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "ContactPhone",
                table: "Sections");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Policies");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Measures");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Initiatives");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Indicators");
        }
    }
}
