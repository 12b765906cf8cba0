using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Platform.Features.Board;
using Platform.Features.Board.CalendarFeed;
using Platform.Features.Board.NoticeBoard;
using Platform.Features.Budgets;
using Platform.Features.Budgets.Export;
using Platform.Features.Budgets.MemberReports;
using Platform.Features.Budgets.Outcome;
using Platform.Features.Budgets.Plan;
using Platform.Features.Fees;
using Platform.Features.Grants;
using Platform.Features.Grants.Apply;
using Platform.Features.Grants.Office;
using Platform.Features.Grants.Payments;
using Platform.Features.Grants.Reports;
using Platform.Features.Integrations;
using Platform.Features.Interventions.Participants;
using Platform.Features.Interventions.Register;
using Platform.Features.Interventions.Results;
using Platform.Features.LegalDates;
using Platform.Features.Members;
using Platform.Features.Network;
using Platform.Features.Operations;
using Platform.Features.People;
using Platform.Features.WeeklySummary;
using Platform.Infrastructure;
using Platform.Infrastructure.Demo;
using Platform.Infrastructure.Documents;
using Platform.Infrastructure.Email;
using Platform.Infrastructure.Health;
using Platform.Infrastructure.Identity;
using Platform.Infrastructure.Jobs;
using Platform.Infrastructure.Persistence;
using Platform.Infrastructure.Tenancy;
using Platform.Infrastructure.Web;
using Platform.Infrastructure.Web.Forms;

// The table of contents of the platform: every service area and every route is named here.
var builder = WebApplication.CreateBuilder(args);

// A singleton that reaches a tenant-scoped service would leak one association's data to another:
// scope validation is on in every environment, not just Development (shared/ISOLATION.md, 13).
builder.Host.UseDefaultServiceProvider(o => { o.ValidateScopes = true; o.ValidateOnBuild = true; });

builder.Services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section)
    .PostConfigure(o => { if (builder.Environment.IsDevelopment()) o.UseListeningPort(builder.Configuration["urls"]); })
    .ValidateDataAnnotations().ValidateOnStart();
// The one place the real clock is chosen; everything else injects TimeProvider (BannedSymbols.txt).
#pragma warning disable RS0030
builder.Services.AddSingleton(TimeProvider.System);
#pragma warning restore RS0030
builder.Services.AddPersistence(builder.Configuration);
builder.Services.AddTenancy();
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddPlatformIdentity(builder.Configuration, builder.Environment);
builder.Services.AddEmail();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddWeeklySummary();
builder.Services.AddMembers();
builder.Services.AddInterventionRegister();
builder.Services.AddInterventionParticipants();
builder.Services.AddInterventionResults();
builder.Services.AddPeople();
builder.Services.AddIntegrations();
builder.Services.AddBoard();
builder.Services.AddFees();
builder.Services.AddGrantPayments();
builder.Services.AddGrantReports();
builder.Services.AddGrantsOffice();
builder.Services.AddGrantApplications();
builder.Services.AddBudgets();
builder.Services.AddBudgetOutcome();
builder.Services.AddBudgetPlan();
builder.Services.AddBudgetExports();
builder.Services.AddBudgetMemberReports();
builder.Services.AddNetworkStatistics();
builder.Services.AddSingleton<DemoDataSeeder>();
builder.Services.AddSingleton<DemoIdentitySeeder>();
builder.Services.AddPlatformHealthChecks();
builder.Services.AddPlatformForwardedHeaders(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddPlatformOpenApi();
// A body that cannot be read reaches the exception handler, which answers with ProblemDetails.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddRazorPages(o => o.RootDirectory = "/Features").AddPlatformForms();
// Swedish text stays readable in the page source (å, ä, ö are not turned into entities).
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (TenantCommands.IsTenantsCommand(args))
{
    return await TenantCommands.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
}
if (EmailCommands.IsEmailCommand(args))
{
    return await EmailCommands.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
}
if (StatisticsCommands.IsStatsCommand(args))
{
    return await StatisticsCommands.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
}

app.UsePlatformForwardedHeaders();
app.UsePlatformExceptionHandler();
app.UsePlatformStatusPages();
app.UseSecurityHeaders();
app.UseNoStoreForPrivateResponses();
if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing")) app.UseHsts();
app.UseStaticFiles();
app.UseTenantResolution();
app.UseRouting();
app.UseTenantGate();
app.UseTokenRequestLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseUnreadableFormsAsBadRequests();

app.MapPlatformHealth();
app.MapRazorPages();
app.MapConnectEndpoints();
app.MapMembersApi();
app.MapInterventionRegisterApi();
app.MapInterventionParticipantsApi();
app.MapInterventionResultsApi();
app.MapLegalDatesApi();
app.MapBoardApi();
app.MapFeesApi();
app.MapGrantsApi();
app.MapGrantsOfficeApi();
app.MapBudgetsApi();
app.MapBudgetOutcomeAndFollowUpApi();
app.MapBudgetPlanApi();
app.MapNetworkApi();
app.MapNoticeBoardFeeds();
app.MapCalendarFeeds();
app.MapPlatformOpenApi();
app.MapJobsDashboard();

app.EnsureEndpointsAreClassified();
await app.PrepareDatabasesAsync();
await app.RunAsync();
return 0;
