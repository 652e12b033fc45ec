using System.IO.Compression;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The weights of the tagger: a flat array of <c>features × tags</c> emission weights found through a hash
/// of each feature, and a <c>(tags + 1) × tags</c> transition matrix (the last row scores the first tag).
/// Saved gzip-compressed with weights as half floats.
/// </summary>
public sealed class PerceptronModel
{
    private const string Magic = "MARSAD-NER";
    private const int Version = 1;

    private readonly Dictionary<ulong, int> _index;
    private readonly FeatureTable _table;

    public PerceptronModel(Dictionary<ulong, int> index, float[] weights, float[] transitions, string description)
    {
        int tags = NerTagSet.Count;
        if (weights.Length != index.Count * tags) throw new ArgumentException("weights do not match the feature index", nameof(weights));
        if (transitions.Length != (tags + 1) * tags) throw new ArgumentException("transition matrix has the wrong size", nameof(transitions));
        _index = index;
        _table = new FeatureTable(index, index.Count);
        Weights = weights;
        Transitions = transitions;
        Description = description;
    }

    /// <summary>Rounds every weight to what <see cref="Save"/> keeps, so that a saved and reloaded model tags identically.</summary>
    public void RoundToStoredPrecision()
    {
        for (int k = 0; k < Weights.Length; k++) Weights[k] = (float)(Half)Weights[k];
    }

    public float[] Weights { get; }
    public float[] Transitions { get; }
    public string Description { get; }
    public int FeatureCount => _index.Count;

    /// <summary>Adds the weights of the known features of one token into <paramref name="scores"/> (one slot per tag).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int tags = NerTagSet.Count;
        scores[..tags].Clear();
        var w = Weights;
        var table = _table;
        foreach (ulong f in features)
        {
            int id = table.Find(f);
            if (id < 0) continue;
            var row = w.AsSpan(id * tags, tags);
            for (int y = 0; y < tags; y++) scores[y] += row[y];
        }
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        Save(gz);
    }

    /// <summary>Features whose weights are all zero are left out; keys are written in ascending order for a stable file.</summary>
    public void Save(Stream stream)
    {
        int tags = NerTagSet.Count;
        using var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Description);
        w.Write(tags);
        foreach (var name in NerTagSet.Names) w.Write(name);
        foreach (float t in Transitions) w.Write(t);
        var keys = _index.Where(p => Weights.AsSpan(p.Value * tags, tags).ContainsAnyExcept(0f)).Select(p => p.Key).Order().ToArray();
        w.Write(keys.Length);
        // Columns (all keys, then tag by tag) compress far better than rows.
        foreach (ulong k in keys) w.Write(k);
        for (int y = 0; y < tags; y++)
            foreach (ulong k in keys) w.Write((Half)Weights[_index[k] * tags + y]);
    }

    public static PerceptronModel Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        return Load(gz);
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var r = new BinaryReader(new BufferedStream(stream, 1 << 16), System.Text.Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException("not a Marsad NER model");
        int version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"NER model version {version}; this build reads version {Version}");
        string description = r.ReadString();
        int tags = r.ReadInt32();
        for (int y = 0; y < tags; y++)
        {
            string name = r.ReadString();
            if (y >= NerTagSet.Count || name != NerTagSet.Names[y]) throw new InvalidDataException($"NER model tag {y} is {name}; expected {string.Join(' ', NerTagSet.Names)}");
        }
        if (tags != NerTagSet.Count) throw new InvalidDataException($"NER model has {tags} tags; expected {NerTagSet.Count}");
        var transitions = new float[(tags + 1) * tags];
        for (int k = 0; k < transitions.Length; k++) transitions[k] = r.ReadSingle();
        int count = r.ReadInt32();
        var index = new Dictionary<ulong, int>(count);
        for (int k = 0; k < count; k++) index.Add(r.ReadUInt64(), k);
        var weights = new float[count * tags];
        for (int y = 0; y < tags; y++)
            for (int k = 0; k < count; k++) weights[k * tags + y] = (float)r.ReadHalf();
        return new PerceptronModel(index, weights, transitions, description);
    }
}
