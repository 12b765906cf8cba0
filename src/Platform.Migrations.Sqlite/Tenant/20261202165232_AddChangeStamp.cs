using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Migrations.Sqlite.Tenant
{
    /// <inheritdoc />
    public partial class AddChangeStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeStamp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeStamp", x => x.Id);
                    table.CheckConstraint("CK_ChangeStamp_Singleton", "Id = 1");
                });

            migrationBuilder.InsertData(
                table: "ChangeStamp",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeStamp");
        }
    }
}
