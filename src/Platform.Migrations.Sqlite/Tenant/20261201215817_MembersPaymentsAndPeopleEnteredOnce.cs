using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class MembersPaymentsAndPeopleEnteredOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReversalReason",
                table: "Payments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReversedAt",
                table: "Payments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReversedBy",
                table: "Payments",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SentBackAt",
                table: "Minutes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBackBy",
                table: "Minutes",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SentBackComment",
                table: "Minutes",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PopulationDate",
                table: "Members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactId",
                table: "Attendance",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SeatId",
                table: "Attendance",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ServingForId",
                table: "Attendance",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ServingFromParagraph",
                table: "Attendance",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ContactId",
                table: "Adjusters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ContactId",
                table: "Attendance",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_SeatId",
                table: "Attendance",
                column: "SeatId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ServingForId",
                table: "Attendance",
                column: "ServingForId");

            migrationBuilder.CreateIndex(
                name: "IX_Adjusters_ContactId",
                table: "Adjusters",
                column: "ContactId");

            migrationBuilder.AddForeignKey(
                name: "FK_Adjusters_Contacts_ContactId",
                table: "Adjusters",
                column: "ContactId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Attendance_Attendance_ServingForId",
                table: "Attendance",
                column: "ServingForId",
                principalTable: "Attendance",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_Attendance_Contacts_ContactId",
                table: "Attendance",
                column: "ContactId",
                principalTable: "Contacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Attendance_Seats_SeatId",
                table: "Attendance",
                column: "SeatId",
                principalTable: "Seats",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Adjusters_Contacts_ContactId",
                table: "Adjusters");

            migrationBuilder.DropForeignKey(
                name: "FK_Attendance_Attendance_ServingForId",
                table: "Attendance");

            migrationBuilder.DropForeignKey(
                name: "FK_Attendance_Contacts_ContactId",
                table: "Attendance");

            migrationBuilder.DropForeignKey(
                name: "FK_Attendance_Seats_SeatId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ContactId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_SeatId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Attendance_ServingForId",
                table: "Attendance");

            migrationBuilder.DropIndex(
                name: "IX_Adjusters_ContactId",
                table: "Adjusters");

            migrationBuilder.DropColumn(
                name: "ReversalReason",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedAt",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "ReversedBy",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "SentBackAt",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "SentBackBy",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "SentBackComment",
                table: "Minutes");

            migrationBuilder.DropColumn(
                name: "PopulationDate",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "SeatId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ServingForId",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ServingFromParagraph",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "Adjusters");
        }
    }
}
