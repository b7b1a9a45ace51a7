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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
