using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Migrations.SqlServer.Tenant
{
    /// <inheritdoc />
    public partial class Grants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgendaItemId",
                table: "Paragraphs",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "FundingApplicationId",
                table: "Interventions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Recusals",
                table: "AgendaItems",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "CostTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RequiresSpecification = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CostTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FundingApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    ApplicantMemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicantOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApplicantUnit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantSignatory = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantOrganisationNumber = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    ApplicantStreet = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantPostalCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: true),
                    ApplicantCity = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    PaymentAccountKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    PaymentAccount = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    AccessKeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AccessKeyIssuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecisionParagraphId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Conditions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    InterventionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AgreementSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AgreementSignedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundingApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundingApplications_Members_ApplicantMemberId",
                        column: x => x.ApplicantMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GrantSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Introduction = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReportDueDays = table.Column<int>(type: "int", nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TemplateSections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Guidance = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Required = table.Column<bool>(type: "bit", nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateSections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationAttachments_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    State = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationEvents_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Indicator = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationGoals_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Organisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Signatory = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ContactPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ContactEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationParties_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApplicationParties_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PdfStorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationVersions_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CostTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Specification = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_CostTypes_CostTypeId",
                        column: x => x.CostTypeId,
                        principalTable: "CostTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetLines_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConflictsOfInterest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContactId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictsOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictsOfInterest_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantPayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Condition = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NotBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantPayments_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    AccessKeyHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Women = table.Column<int>(type: "int", nullable: true),
                    Men = table.Column<int>(type: "int", nullable: true),
                    FiguresFromFollowUp = table.Column<bool>(type: "bit", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    ReviewComment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovalParagraphId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrantReports_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrantYears",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrantYears", x => new { x.ApplicationId, x.Year });
                    table.ForeignKey(
                        name: "FK_GrantYears_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplementRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Message = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplementRequests_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionAnswers",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionAnswers", x => new { x.ApplicationId, x.SectionId });
                    table.ForeignKey(
                        name: "FK_SectionAnswers_FundingApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "FundingApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectionAnswers_TemplateSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "TemplateSections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetAmounts",
                columns: table => new
                {
                    LineId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetAmounts", x => new { x.LineId, x.Year });
                    table.ForeignKey(
                        name: "FK_BudgetAmounts_BudgetLines_LineId",
                        column: x => x.LineId,
                        principalTable: "BudgetLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportCosts",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CostTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportCosts", x => new { x.ReportId, x.CostTypeId });
                    table.ForeignKey(
                        name: "FK_ReportCosts_CostTypes_CostTypeId",
                        column: x => x.CostTypeId,
                        principalTable: "CostTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReportCosts_GrantReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "GrantReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportEnded",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReasonCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Women = table.Column<int>(type: "int", nullable: false),
                    Men = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportEnded", x => new { x.ReportId, x.ReasonCode });
                    table.ForeignKey(
                        name: "FK_ReportEnded_GrantReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "GrantReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportReminders",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Step = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => new { x.ReportId, x.Step });
                    table.ForeignKey(
                        name: "FK_ReportReminders_GrantReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "GrantReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "CostTypes",
                columns: new[] { "Id", "Active", "Name", "Order", "RequiresSpecification" },
                values: new object[,]
                {
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000101"), true, "Lönekostnader", 1, false },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000102"), true, "Lokalkostnader", 2, false },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000103"), true, "Material (IT och telefoni)", 3, false },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000104"), true, "Övriga kostnader", 4, true }
                });

            migrationBuilder.InsertData(
                table: "GrantSettings",
                columns: new[] { "Id", "Introduction", "ReminderDaysBefore", "ReportDueDays" },
                values: new object[] { 1, "Fyll i ansökan nedan. Ett krav för att ansökan ska behandlas är att den tar upp samverkan mellan minst två av förbundets medlemmar (den ansvariga parten och minst en samverkanspart). Till ansökan ska bifogas en budget, och för mer omfattande ansökningar en separat beskrivning av insatsen.", 14, 45 });

            migrationBuilder.InsertData(
                table: "TemplateSections",
                columns: new[] { "Id", "Active", "Guidance", "Key", "Order", "Required", "Title" },
                values: new object[,]
                {
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000001"), true, "Varför behövs insatsen? Beskriv behovet ni ser, vad som har gjorts tidigare och vad det ledde till.", "background", 1, true, "Bakgrund till insatsen" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000002"), true, "Vad ska insatsen åstadkomma för dem den riktar sig till?", "purpose", 2, true, "Syftet med insatsen" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000003"), true, "Vilka personer är insatsen till för, och vilka parter aktualiserar dem?", "targetGroup", 3, true, "Målgruppen för insatsen" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000004"), true, "Vad ingår och vad ingår inte? Vad tillför insatsen utöver parternas ordinarie uppdrag?", "scope", 4, true, "Avgränsningar och mervärde" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000005"), true, "Hur organiseras insatsen, vilka metoder används och hur samverkar parterna?", "implementation", 5, true, "Genomförande och samverkan" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000006"), true, "Hur säkerställer ni att kvinnor och män får samma möjligheter i insatsen? Resultaten redovisas uppdelade på kön.", "equality", 6, true, "Jämställdhet" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000007"), true, "Hur följs insatsen upp och hur sprids resultaten? Rapport lämnas två gånger per år: halvårsrapport och årsrapport.", "spreading", 7, true, "Resultatspridning" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000008"), true, "Vad vinner parterna på insatsen, och kan den bli en del av ordinarie verksamhet efteråt?", "partyResults", 8, true, "Förväntat resultat för de samverkande parterna" },
                    { new Guid("2a1f0c1e-0022-4000-8000-000000000009"), true, "Vad förväntas deltagarna ha uppnått när de avslutar insatsen?", "individualResults", 9, true, "Förväntat resultat för individerna" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Paragraphs_AgendaItemId",
                table: "Paragraphs",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_FundingApplicationId",
                table: "Interventions",
                column: "FundingApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationAttachments_ApplicationId",
                table: "ApplicationAttachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationEvents_ApplicationId_At",
                table: "ApplicationEvents",
                columns: new[] { "ApplicationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationGoals_ApplicationId_Order",
                table: "ApplicationGoals",
                columns: new[] { "ApplicationId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationParties_ApplicationId_Order",
                table: "ApplicationParties",
                columns: new[] { "ApplicationId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationParties_MemberId",
                table: "ApplicationParties",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationVersions_ApplicationId_Number",
                table: "ApplicationVersions",
                columns: new[] { "ApplicationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_ApplicationId_CostTypeId",
                table: "BudgetLines",
                columns: new[] { "ApplicationId", "CostTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_CostTypeId",
                table: "BudgetLines",
                column: "CostTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictsOfInterest_ApplicationId_Name",
                table: "ConflictsOfInterest",
                columns: new[] { "ApplicationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CostTypes_Name",
                table: "CostTypes",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_AccessKeyHash",
                table: "FundingApplications",
                column: "AccessKeyHash",
                unique: true,
                filter: "[AccessKeyHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_AgendaItemId",
                table: "FundingApplications",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_ApplicantMemberId",
                table: "FundingApplications",
                column: "ApplicantMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_InterventionId",
                table: "FundingApplications",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_Number",
                table: "FundingApplications",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FundingApplications_State",
                table: "FundingApplications",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_GrantPayments_ApplicationId_Year_Order",
                table: "GrantPayments",
                columns: new[] { "ApplicationId", "Year", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_GrantPayments_PaidOn",
                table: "GrantPayments",
                column: "PaidOn");

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_AccessKeyHash",
                table: "GrantReports",
                column: "AccessKeyHash",
                unique: true,
                filter: "[AccessKeyHash] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_ApplicationId_Year_Kind",
                table: "GrantReports",
                columns: new[] { "ApplicationId", "Year", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GrantReports_DueOn",
                table: "GrantReports",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ApplicationId",
                table: "Recommendations",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReportCosts_CostTypeId",
                table: "ReportCosts",
                column: "CostTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionAnswers_SectionId",
                table: "SectionAnswers",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplementRequests_ApplicationId",
                table: "SupplementRequests",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateSections_Key",
                table: "TemplateSections",
                column: "Key",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Paragraphs_AgendaItems_AgendaItemId",
                table: "Paragraphs",
                column: "AgendaItemId",
                principalTable: "AgendaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Paragraphs_AgendaItems_AgendaItemId",
                table: "Paragraphs");

            migrationBuilder.DropTable(
                name: "ApplicationAttachments");

            migrationBuilder.DropTable(
                name: "ApplicationEvents");

            migrationBuilder.DropTable(
                name: "ApplicationGoals");

            migrationBuilder.DropTable(
                name: "ApplicationParties");

            migrationBuilder.DropTable(
                name: "ApplicationVersions");

            migrationBuilder.DropTable(
                name: "BudgetAmounts");

            migrationBuilder.DropTable(
                name: "ConflictsOfInterest");

            migrationBuilder.DropTable(
                name: "GrantPayments");

            migrationBuilder.DropTable(
                name: "GrantSettings");

            migrationBuilder.DropTable(
                name: "GrantYears");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "ReportCosts");

            migrationBuilder.DropTable(
                name: "ReportEnded");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "SectionAnswers");

            migrationBuilder.DropTable(
                name: "SupplementRequests");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "GrantReports");

            migrationBuilder.DropTable(
                name: "TemplateSections");

            migrationBuilder.DropTable(
                name: "CostTypes");

            migrationBuilder.DropTable(
                name: "FundingApplications");

            migrationBuilder.DropIndex(
                name: "IX_Paragraphs_AgendaItemId",
                table: "Paragraphs");

            migrationBuilder.DropIndex(
                name: "IX_Interventions_FundingApplicationId",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "AgendaItemId",
                table: "Paragraphs");

            migrationBuilder.DropColumn(
                name: "FundingApplicationId",
                table: "Interventions");

            migrationBuilder.DropColumn(
                name: "Recusals",
                table: "AgendaItems");
        }
    }
}
