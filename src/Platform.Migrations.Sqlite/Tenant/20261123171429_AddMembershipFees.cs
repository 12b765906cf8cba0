using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class AddMembershipFees : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InvoiceCity",
                table: "Members",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvoicePostalCode",
                table: "Members",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvoiceReference",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InvoiceStreet",
                table: "Members",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeeDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    MunicipalitySplit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegionSplit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PopulationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    JoinLeaveRule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SavedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeeSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InvoiceDay = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysToPay = table.Column<int>(type: "INTEGER", nullable: false),
                    VatPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderLevels = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinLeaveRule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FirstInvoiceNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Bankgiro = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeSettings", x => x.Id);
                    table.CheckConstraint("CK_FeeSettings_Singleton", "Id = 1");
                });

            migrationBuilder.CreateTable(
                name: "Invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InvoiceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Net = table.Column<long>(type: "INTEGER", nullable: false),
                    VatPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Vat = table.Column<long>(type: "INTEGER", nullable: false),
                    Ocr = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    CreditsInvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditsInvoiceNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CreditReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reissue = table.Column<bool>(type: "INTEGER", nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BuyerOrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    BuyerReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuyerPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    BuyerCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SellerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SellerOrganisationNumber = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    SellerStreet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SellerPostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SellerCity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SellerEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Bankgiro = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    EmailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PaymentImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileTimestamp = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Bankgiro = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Payments = table.Column<int>(type: "INTEGER", nullable: false),
                    Matched = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeeShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Member = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Weight = table.Column<long>(type: "INTEGER", nullable: false),
                    MonthMask = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeeShares_FeeDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "FeeDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceReminders_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Payer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Payments_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payments_PaymentImports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "PaymentImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeeDecisions_Year",
                table: "FeeDecisions",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeeShares_DecisionId_MemberId",
                table: "FeeShares",
                columns: new[] { "DecisionId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceReminders_InvoiceId_Level",
                table: "InvoiceReminders",
                columns: new[] { "InvoiceId", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Key",
                table: "Invoices",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Number",
                table: "Invoices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Ocr",
                table: "Invoices",
                column: "Ocr",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_Year_MemberId",
                table: "Invoices",
                columns: new[] { "Year", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaymentImports_FileTimestamp",
                table: "PaymentImports",
                column: "FileTimestamp",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentImports_Sha256",
                table: "PaymentImports",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payments_ImportId",
                table: "Payments",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_InvoiceId",
                table: "Payments",
                column: "InvoiceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeeSettings");

            migrationBuilder.DropTable(
                name: "FeeShares");

            migrationBuilder.DropTable(
                name: "InvoiceReminders");

            migrationBuilder.DropTable(
                name: "Payments");

            migrationBuilder.DropTable(
                name: "FeeDecisions");

            migrationBuilder.DropTable(
                name: "Invoices");

            migrationBuilder.DropTable(
                name: "PaymentImports");

            migrationBuilder.DropColumn(
                name: "InvoiceCity",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "InvoicePostalCode",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "InvoiceReference",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "InvoiceStreet",
                table: "Members");
        }
    }
}
