using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AsoPlan.Data.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CitizenOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Opinions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MeasureId = table.Column<int>(type: "int", nullable: false),
                    ReceiptYear = table.Column<int>(type: "int", nullable: false),
                    ReceiptSequence = table.Column<int>(type: "int", nullable: false),
                    ReceiptCheck = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AgeGroup = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    District = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    SenderName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ConsentToPublish = table.Column<bool>(type: "bit", nullable: false),
                    Fingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DuplicateOfId = table.Column<long>(type: "bigint", nullable: true),
                    State = table.Column<int>(type: "int", nullable: false),
                    AssignedSectionId = table.Column<int>(type: "int", nullable: true),
                    ReplyText = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReplyReturnComment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NotPublishedReason = table.Column<int>(type: "int", nullable: true),
                    NotPublishedNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SenderDetailsErasedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opinions_Measures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "Measures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opinions_Opinions_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "Opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opinions_Sections_AssignedSectionId",
                        column: x => x.AssignedSectionId,
                        principalTable: "Sections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_AssignedSectionId",
                table: "Opinions",
                column: "AssignedSectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_DuplicateOfId",
                table: "Opinions",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_MeasureId_Fingerprint_ReceivedAt",
                table: "Opinions",
                columns: new[] { "MeasureId", "Fingerprint", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReceiptYear_ReceiptSequence",
                table: "Opinions",
                columns: new[] { "ReceiptYear", "ReceiptSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_State_PublishedAt",
                table: "Opinions",
                columns: new[] { "State", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opinions");
        }
    }
}
