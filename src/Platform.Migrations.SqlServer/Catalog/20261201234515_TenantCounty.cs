using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class TenantCounty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "County",
                table: "Tenants",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "County",
                table: "Tenants");
        }
    }
}
