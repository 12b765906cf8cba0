using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Platform.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class Interventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EndReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interventions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EsfCoFinanced = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AgeFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeTo = table.Column<int>(type: "INTEGER", nullable: true),
                    LeadMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperatingMemberIds = table.Column<string>(type: "TEXT", nullable: false),
                    MunicipalityIds = table.Column<string>(type: "TEXT", nullable: false),
                    Methods = table.Column<string>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ImplementedByMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImplementedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionParagraphId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interventions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interventions_Members_ImplementedByMemberId",
                        column: x => x.ImplementedByMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Interventions_Members_LeadMemberId",
                        column: x => x.LeadMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterventionSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReasonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupportAtStart = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SupportAtEnd = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Episodes_EndReasons_EndReasonId",
                        column: x => x.EndReasonId,
                        principalTable: "EndReasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Episodes_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Episodes_Members_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Episodes_Members_ReferringMemberId",
                        column: x => x.ReferringMemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Target = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InterventionBudgets",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CostBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    CostOutcome = table.Column<long>(type: "INTEGER", nullable: true),
                    EsfCostBudget = table.Column<long>(type: "INTEGER", nullable: false),
                    EsfCostOutcome = table.Column<long>(type: "INTEGER", nullable: true),
                    PlannedParticipants = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InterventionBudgets", x => new { x.InterventionId, x.Year });
                    table.ForeignKey(
                        name: "FK_InterventionBudgets_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WomenStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    MenStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    WomenActive = table.Column<int>(type: "INTEGER", nullable: false),
                    MenActive = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipantCounts_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantStaff",
                columns: table => new
                {
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantStaff", x => new { x.InterventionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_ParticipantStaff_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffingLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterventionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffingLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffingLines_Interventions_InterventionId",
                        column: x => x.InterventionId,
                        principalTable: "Interventions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffingLines_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityMonths",
                columns: table => new
                {
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityMonths", x => new { x.EpisodeId, x.Month });
                    table.ForeignKey(
                        name: "FK_ActivityMonths_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EpisodeMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpisodeMoves", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EpisodeMoves_Episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "Episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EpisodeMoves_Members_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GoalFollowUps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalFollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalFollowUps_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantCountsEnded",
                columns: table => new
                {
                    CountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndReasonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Women = table.Column<int>(type: "INTEGER", nullable: false),
                    Men = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantCountsEnded", x => new { x.CountId, x.EndReasonId });
                    table.ForeignKey(
                        name: "FK_ParticipantCountsEnded_EndReasons_EndReasonId",
                        column: x => x.EndReasonId,
                        principalTable: "EndReasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ParticipantCountsEnded_ParticipantCounts_CountId",
                        column: x => x.CountId,
                        principalTable: "ParticipantCounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "EndReasons",
                columns: new[] { "Id", "Code", "Group", "Name", "Order", "Retired" },
                values: new object[,]
                {
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000001"), "work", "WorkOrStudies", "Arbete", 1, false },
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000002"), "studies", "WorkOrStudies", "Studier", 2, false },
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000003"), "memberMeasure", "MemberMeasure", "Ordinarie insats hos medlem", 3, false },
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000004"), "backToReferrer", "Other", "Åter till remitterande part", 4, false },
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000005"), "other", "Other", "Annat", 5, false },
                    { new Guid("2a1f0c1e-0021-4000-8000-000000000006"), "discontinued", "Other", "Avbrutet", 6, false }
                });

            migrationBuilder.InsertData(
                table: "InterventionSettings",
                columns: new[] { "Id", "RetentionYears" },
                values: new object[] { 1, 2 });

            migrationBuilder.CreateIndex(
                name: "IX_EndReasons_Code",
                table: "EndReasons",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EndReasons_Name",
                table: "EndReasons",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeMoves_EpisodeId_On",
                table: "EpisodeMoves",
                columns: new[] { "EpisodeId", "On" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EpisodeMoves_MunicipalityId",
                table: "EpisodeMoves",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_End",
                table: "Episodes",
                column: "End");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_EndReasonId",
                table: "Episodes",
                column: "EndReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_InterventionId_Code",
                table: "Episodes",
                columns: new[] { "InterventionId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_InterventionId_Start",
                table: "Episodes",
                columns: new[] { "InterventionId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_MunicipalityId",
                table: "Episodes",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReferringMemberId",
                table: "Episodes",
                column: "ReferringMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_GoalFollowUps_GoalId_From_To",
                table: "GoalFollowUps",
                columns: new[] { "GoalId", "From", "To" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_InterventionId",
                table: "Goals",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_DecisionParagraphId",
                table: "Interventions",
                column: "DecisionParagraphId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_ImplementedByMemberId",
                table: "Interventions",
                column: "ImplementedByMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_LeadMemberId",
                table: "Interventions",
                column: "LeadMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Interventions_Name",
                table: "Interventions",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantCounts_InterventionId_From_To",
                table: "ParticipantCounts",
                columns: new[] { "InterventionId", "From", "To" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantCountsEnded_EndReasonId",
                table: "ParticipantCountsEnded",
                column: "EndReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantStaff_UserId",
                table: "ParticipantStaff",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingLines_InterventionId",
                table: "StaffingLines",
                column: "InterventionId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingLines_MemberId",
                table: "StaffingLines",
                column: "MemberId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityMonths");

            migrationBuilder.DropTable(
                name: "EpisodeMoves");

            migrationBuilder.DropTable(
                name: "GoalFollowUps");

            migrationBuilder.DropTable(
                name: "InterventionBudgets");

            migrationBuilder.DropTable(
                name: "InterventionSettings");

            migrationBuilder.DropTable(
                name: "ParticipantCountsEnded");

            migrationBuilder.DropTable(
                name: "ParticipantStaff");

            migrationBuilder.DropTable(
                name: "StaffingLines");

            migrationBuilder.DropTable(
                name: "Episodes");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "ParticipantCounts");

            migrationBuilder.DropTable(
                name: "EndReasons");

            migrationBuilder.DropTable(
                name: "Interventions");
        }
    }
}
