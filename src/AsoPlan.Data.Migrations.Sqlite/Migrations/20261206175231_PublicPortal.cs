using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactOffice",
                table: "Sections",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Sections",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Policies",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Measures",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Initiatives",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Indicators",
                type: "TEXT",
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
