using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Budgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Members",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "BudgetItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Indexed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetItems_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpeningBalance = table.Column<long>(type: "INTEGER", nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AdoptedParagraphId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AdoptedReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BudgetSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    SalaryIndexPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    CapitalCeilingPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    MemberReportMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberReportDay = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContributionOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContributionOffers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MemberReportsSent",
                columns: table => new
                {
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberReportsSent", x => new { x.MemberId, x.Year });
                    table.ForeignKey(
                        name: "FK_MemberReportsSent_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SieImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    OrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Program = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FiscalYearStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiscalYearEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SieImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountMappings",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountMappings", x => x.Account);
                    table.ForeignKey(
                        name: "FK_AccountMappings_BudgetItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BudgetItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EnteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeEntries_BudgetItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BudgetItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetRows",
                columns: table => new
                {
                    BudgetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Forecast = table.Column<long>(type: "INTEGER", nullable: true),
                    Plan1 = table.Column<long>(type: "INTEGER", nullable: true),
                    Plan2 = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetRows", x => new { x.BudgetId, x.ItemId });
                    table.ForeignKey(
                        name: "FK_BudgetRows_BudgetItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "BudgetItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetRows_Budgets_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "Budgets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SieAmounts",
                columns: table => new
                {
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountOre = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SieAmounts", x => new { x.ImportId, x.Account, x.Year, x.Month });
                    table.ForeignKey(
                        name: "FK_SieAmounts_SieImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "SieImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "BudgetSettings",
                columns: new[] { "Id", "CapitalCeilingPercent", "MemberReportDay", "MemberReportMonth", "SalaryIndexPercent" },
                values: new object[] { 1, null, 1, 3, 2m });

            migrationBuilder.CreateIndex(
                name: "IX_AccountMappings_ItemId",
                table: "AccountMappings",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetItems_Group_Name",
                table: "BudgetItems",
                columns: new[] { "Group", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetItems_InterventionId",
                table: "BudgetItems",
                column: "InterventionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetItems_MemberId",
                table: "BudgetItems",
                column: "MemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetRows_ItemId",
                table: "BudgetRows",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_Year_Version",
                table: "Budgets",
                columns: new[] { "Year", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContributionOffers_Year_Party",
                table: "ContributionOffers",
                columns: new[] { "Year", "Party" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeEntries_ItemId_Year_Month",
                table: "OutcomeEntries",
                columns: new[] { "ItemId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SieImports_FileHash",
                table: "SieImports",
                column: "FileHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SieImports_FiscalYearStart",
                table: "SieImports",
                column: "FiscalYearStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountMappings");

            migrationBuilder.DropTable(
                name: "BudgetRows");

            migrationBuilder.DropTable(
                name: "BudgetSettings");

            migrationBuilder.DropTable(
                name: "ContributionOffers");

            migrationBuilder.DropTable(
                name: "MemberReportsSent");

            migrationBuilder.DropTable(
                name: "OutcomeEntries");

            migrationBuilder.DropTable(
                name: "SieAmounts");

            migrationBuilder.DropTable(
                name: "Budgets");

            migrationBuilder.DropTable(
                name: "BudgetItems");

            migrationBuilder.DropTable(
                name: "SieImports");

            migrationBuilder.DropColumn(
                name: "ContactEmail",
                table: "Members");
        }
    }
}
