using System.Buffers;
using System.Text.Json;

namespace GameLibrary.Federation.Responses;

/// <summary>
/// A per-thread buffer and writer for the first completion walk (<see cref="ResponseCompletion.Check"/>): the data
/// is written here while it is checked, and copied to the response once the errors, which come first, are known.
/// Reused, so a response's data costs one copy and no allocation; writing is synchronous, so one per thread is enough.
/// </summary>
internal sealed class DataScratch
{
    /// <summary>A buffer grown beyond this by a very large response is dropped rather than kept by the thread.</summary>
    private const int MaxKeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static DataScratch? t_scratch;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    private DataScratch(JsonWriterOptions options) => Writer = new Utf8JsonWriter(_buffer, options);

    /// <summary>The writer the walk writes to.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>What has been written.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Writer.Flush();
            return _buffer.WrittenSpan;
        }
    }

    /// <summary>
    /// An empty scratch writing as <paramref name="target"/> would (same escaping and depth limit); null for an
    /// indented target, whose nesting a copied value could not follow (the data is then written by a second walk).
    /// </summary>
    public static DataScratch? For(Utf8JsonWriter target)
    {
        var options = target.Options;
        if (options.Indented)
        {
            return null;
        }

        var scratch = t_scratch;
        if (scratch is null || scratch.Writer.Options.Encoder != options.Encoder || scratch.Writer.Options.MaxDepth != options.MaxDepth)
        {
            // Validation is the target's job: the scratch holds one value the walk writes in order.
            scratch = new DataScratch(new JsonWriterOptions { Encoder = options.Encoder, MaxDepth = options.MaxDepth, SkipValidation = true });
            t_scratch = scratch;
        }

        return scratch;
    }

    /// <summary>Empties the scratch for the thread's next response.</summary>
    public void Release()
    {
        if (_buffer.Capacity > MaxKeptCapacity)
        {
            t_scratch = null;
            return;
        }

        Writer.Reset();
        _buffer.ResetWrittenCount();
    }
}
