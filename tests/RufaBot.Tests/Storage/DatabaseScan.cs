using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Tests.Storage;

/// <summary>
/// Every cell of every table, read with plain SQL (no EF model, no converters): what someone with a copy of the
/// database sees. Binary cells are read both as UTF-8 and as hex.
/// </summary>
internal static class DatabaseScan
{
    public static async Task<IReadOnlyList<(string Table, string Column, string Value)>> AllCellsAsync(RufaDbContext db) =>
        [.. (await AllRowsAsync(db)).SelectMany(row => row.Cells.Select(c => (row.Table, c.Column, c.Value)))];

    /// <summary>Every row of every table, its cells in column order.</summary>
    public static async Task<IReadOnlyList<(string Table, IReadOnlyList<(string Column, string Value)> Cells)>> AllRowsAsync(RufaDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            var rows = new List<(string, IReadOnlyList<(string, string)>)>();
            foreach (var table in await TablesAsync(connection, db.Database.IsNpgsql()))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var cells = new List<(string, string)>();
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        var value = reader.IsDBNull(i) ? "" : reader.GetValue(i) switch
                        {
                            byte[] bytes => Encoding.UTF8.GetString(bytes) + " " + Convert.ToHexString(bytes),
                            var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                        };
                        cells.Add((reader.GetName(i), value));
                    }
                    rows.Add((table, cells));
                }
            }
            return rows;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> TablesAsync(DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            tables.Add(reader.GetString(0));
        return tables;
    }
}
