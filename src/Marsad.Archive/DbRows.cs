using System.Data.Common;
using System.Globalization;

namespace Marsad.Archive;

/// <summary>Reading rows the same way from either engine's commands (both are ADO.NET providers).</summary>
internal static class DbRows
{
    /// <summary>Rows of (normal form, type, count).</summary>
    public static List<EntityCount> EntityCounts(DbCommand cmd)
    {
        var list = new List<EntityCount>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(new EntityCount(r.GetString(0), r.GetString(1), r.GetInt64(2)));
        return list;
    }

    /// <summary>Rows of (label, count).</summary>
    public static List<KeyValuePair<string, long>> Groups(DbCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<KeyValuePair<string, long>>();
        while (r.Read()) list.Add(new(r.GetString(0), r.GetInt64(1)));
        return list;
    }

    public static long Scalar(DbCommand cmd) => Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
