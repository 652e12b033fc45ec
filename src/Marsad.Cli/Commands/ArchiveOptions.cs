using System.CommandLine;
using Marsad.Archive;

namespace Marsad.Cli.Commands;

/// <summary>Options shared by the archive commands.</summary>
internal static class ArchiveOptions
{
    public static Option<string> Db() => new("--db")
    {
        Description = "The archive: a file path for SQLite, or \"Host=…;Database=…\" / postgres://… for PostgreSQL",
        DefaultValueFactory = _ => ArchiveFactory.DefaultPath,
    };

    /// <summary>Runs an archive command, turning an archive that cannot be opened or used into one line on stderr.</summary>
    public static int Run(Func<int> action) => CommandErrors.Run(() =>
    {
        try { return action(); }
        catch (ArchiveException e) { return CommandErrors.Fail(e.Message); }
        catch (Npgsql.NpgsqlException e) { return CommandErrors.Fail("PostgreSQL: " + e.Message); }
        catch (Microsoft.Data.Sqlite.SqliteException e) { return CommandErrors.Fail("SQLite: " + e.Message); }
    });
}
