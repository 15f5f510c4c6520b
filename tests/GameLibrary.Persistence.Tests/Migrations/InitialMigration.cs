using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GameLibrary.Persistence.Tests.Migrations;

[DbContext(typeof(MigratedContext))]
[Migration("20260101000000_Initial")]
public sealed class InitialMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Games",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Npgsql:ValueGenerationStrategy", "IdentityByDefaultColumn"),
                Title = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Games", game => game.Id));

        // Not in the model: its presence proves the migration ran rather than EnsureCreated.
        migrationBuilder.CreateTable(
            name: "MigrationMarker",
            columns: table => new { Id = table.Column<int>(nullable: false) },
            constraints: table => table.PrimaryKey("PK_MigrationMarker", marker => marker.Id));
    }
}
