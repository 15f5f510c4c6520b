using System.Numerics;

using GameLibrary.Recommendations.Scoring;

namespace GameLibrary.Recommendations.Model;

/// <summary>
/// The catalog's features laid out for scanning: one slot per game in parallel arrays (bit sets of genres, platforms
/// and companies, their counts, decade, vector weight) and inverted genre and company indexes of slots. Finding a
/// game's neighbours walks tens of thousands of candidates at 100,000 games; with contiguous arrays each costs a few
/// bit counts instead of pointer chases through game objects. Ids of 64 or more (not in the catalogs seen so far)
/// fall back to the feature arrays, with the same result.
/// </summary>
internal sealed class FeatureTable
{
    private const int NoDecade = int.MinValue;

    private readonly Dictionary<long, int> _slots = [];
    private readonly Stack<int> _free = [];
    private readonly Dictionary<long, List<int>> _genrePostings = [];
    private readonly Dictionary<long, List<int>> _companyPostings = [];
    private int _used;
    private long[] _ids = new long[256];
    private GameFeatures?[] _features = new GameFeatures?[256];
    private ulong[] _genres = new ulong[256];
    private ulong[] _platforms = new ulong[256];
    private ulong[] _companies = new ulong[256];
    private byte[] _genreCount = new byte[256];
    private byte[] _platformCount = new byte[256];
    private byte[] _companyCount = new byte[256];
    private int[] _decade = new int[256];
    private double[] _weight = new double[256];
    private bool[] _exact = new bool[256];

    public void Add(long gameId, GameFeatures features)
    {
        int slot = _free.Count > 0 ? _free.Pop() : NextSlot();
        _slots[gameId] = slot;
        _ids[slot] = gameId;
        _features[slot] = features;
        _exact[slot] = features.GenreMask is not null && features.PlatformMask is not null && features.CompanyMask is not null;
        _genres[slot] = features.GenreMask ?? 0;
        _platforms[slot] = features.PlatformMask ?? 0;
        _companies[slot] = features.CompanyMask ?? 0;
        _genreCount[slot] = (byte)Math.Min(byte.MaxValue, features.Genres.Length);
        _platformCount[slot] = (byte)Math.Min(byte.MaxValue, features.Platforms.Length);
        _companyCount[slot] = (byte)Math.Min(byte.MaxValue, features.Companies.Length);
        _decade[slot] = features.Decade ?? NoDecade;
        _weight[slot] = features.Weight;
        foreach (long genre in features.Genres)
        {
            Posting(_genrePostings, genre).Add(slot);
        }

        foreach (long company in features.Companies)
        {
            Posting(_companyPostings, company).Add(slot);
        }
    }

    public void Remove(long gameId)
    {
        if (!_slots.Remove(gameId, out int slot))
        {
            return;
        }

        GameFeatures features = _features[slot]!;
        foreach (long genre in features.Genres)
        {
            Posting(_genrePostings, genre).Remove(slot);
        }

        foreach (long company in features.Companies)
        {
            Posting(_companyPostings, company).Remove(slot);
        }

        _features[slot] = null;
        _free.Push(slot);
    }

    /// <summary>
    /// The <paramref name="count"/> best content neighbours of a game, best first. Candidates share a genre or a
    /// company; each is scored once — from the first posting it is met in — and only one that beats the current worst
    /// of a full list is matched in full and queued.
    /// </summary>
    public Neighbor[] Neighbors(long gameId, int count)
    {
        if (!_slots.TryGetValue(gameId, out int self))
        {
            return [];
        }

        GameFeatures features = _features[self]!;
        PriorityQueue<Neighbor, Neighbor> best = new(count + 1, NeighborOrder.WorstFirst);
        for (int i = 0; i < features.Genres.Length; i++)
        {
            if (_genrePostings.TryGetValue(features.Genres[i], out List<int>? slots))
            {
                ulong? earlier = GameFeatures.Mask(features.Genres.AsSpan(0, i));
                foreach (int slot in slots)
                {
                    if (slot != self && !SharesGenre(slot, features.Genres.AsSpan(0, i), earlier))
                    {
                        Consider(best, count, self, slot);
                    }
                }
            }
        }

        for (int i = 0; i < features.Companies.Length; i++)
        {
            if (_companyPostings.TryGetValue(features.Companies[i], out List<int>? slots))
            {
                ulong? earlier = GameFeatures.Mask(features.Companies.AsSpan(0, i));
                foreach (int slot in slots)
                {
                    // Met before through a genre, or through an earlier company of this game.
                    if (slot != self && !SharesGenre(slot, features.Genres, features.GenreMask) && !SharesCompany(slot, features.Companies.AsSpan(0, i), earlier))
                    {
                        Consider(best, count, self, slot);
                    }
                }
            }
        }

        Neighbor[] result = new Neighbor[best.Count];
        for (int i = result.Length - 1; i >= 0; i--)
        {
            result[i] = best.Dequeue();
        }

        return result;
    }

    private void Consider(PriorityQueue<Neighbor, Neighbor> best, int count, int self, int slot)
    {
        double score = Score(self, slot);
        if (score <= 0)
        {
            return;
        }

        long id = _ids[slot];
        if (best.Count >= count)
        {
            Neighbor worst = best.Peek();
            if (score < worst.Match.Score || (score == worst.Match.Score && id > worst.GameId))
            {
                return;
            }
        }

        Neighbor neighbor = new(id, ContentSimilarity.Compare(_features[self]!, _features[slot]!));
        if (best.Count < count)
        {
            best.Enqueue(neighbor, neighbor);
        }
        else
        {
            best.DequeueEnqueue(neighbor, neighbor);
        }
    }

    private double Score(int a, int b)
    {
        if (!_exact[a] || !_exact[b])
        {
            return ContentSimilarity.Score(_features[a]!, _features[b]!);
        }

        return ContentSimilarity.Combine(
            BitOperations.PopCount(_genres[a] & _genres[b]), _genreCount[a], _genreCount[b],
            BitOperations.PopCount(_companies[a] & _companies[b]), _companyCount[a], _companyCount[b],
            BitOperations.PopCount(_platforms[a] & _platforms[b]), _platformCount[a], _platformCount[b],
            _decade[a] != NoDecade && _decade[a] == _decade[b],
            _weight[a],
            _weight[b]);
    }

    private bool SharesGenre(int slot, ReadOnlySpan<long> genres, ulong? mask) =>
        mask is { } bits && _exact[slot] ? (_genres[slot] & bits) != 0 : ContentSimilarity.Shared(_features[slot]!.Genres, genres) > 0;

    private bool SharesCompany(int slot, ReadOnlySpan<long> companies, ulong? mask) =>
        mask is { } bits && _exact[slot] ? (_companies[slot] & bits) != 0 : ContentSimilarity.Shared(_features[slot]!.Companies, companies) > 0;

    private int NextSlot()
    {
        if (_used == _ids.Length)
        {
            int size = _ids.Length * 2;
            Array.Resize(ref _ids, size);
            Array.Resize(ref _features, size);
            Array.Resize(ref _genres, size);
            Array.Resize(ref _platforms, size);
            Array.Resize(ref _companies, size);
            Array.Resize(ref _genreCount, size);
            Array.Resize(ref _platformCount, size);
            Array.Resize(ref _companyCount, size);
            Array.Resize(ref _decade, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _exact, size);
        }

        return _used++;
    }

    private static List<int> Posting(Dictionary<long, List<int>> postings, long key)
    {
        if (!postings.TryGetValue(key, out List<int>? slots))
        {
            postings[key] = slots = [];
        }

        return slots;
    }
}
