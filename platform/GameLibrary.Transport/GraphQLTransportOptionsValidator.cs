using Microsoft.Extensions.Options;

namespace GameLibrary.Transport;

/// <summary>Rejects options the transport cannot honour, at startup rather than on the first request.</summary>
internal sealed class GraphQLTransportOptionsValidator : IValidateOptions<GraphQLTransportOptions>
{
    // Task.Delay and CancelAfter take at most this many milliseconds.
    private static readonly TimeSpan LongestTimer = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public ValidateOptionsResult Validate(string? name, GraphQLTransportOptions options)
    {
        List<string> failures = [];

        // One byte more than the limit is buffered to detect overflow, so the limit stays below Array.MaxLength.
        if (options.MaxRequestBodySize < 1 || options.MaxRequestBodySize >= Array.MaxLength)
        {
            failures.Add($"{nameof(options.MaxRequestBodySize)} must be between 1 and {Array.MaxLength - 1} bytes.");
        }

        if (options.ConnectionInitTimeout <= TimeSpan.Zero || options.ConnectionInitTimeout > LongestTimer)
        {
            failures.Add($"{nameof(options.ConnectionInitTimeout)} must be positive and at most {LongestTimer}.");
        }

        if (options.KeepAliveInterval < TimeSpan.Zero || options.KeepAliveInterval > LongestTimer)
        {
            failures.Add($"{nameof(options.KeepAliveInterval)} must be zero (disabled) or positive and at most {LongestTimer}.");
        }

        if (options.ShutdownTimeout < TimeSpan.Zero || options.ShutdownTimeout > LongestTimer)
        {
            failures.Add($"{nameof(options.ShutdownTimeout)} must be zero or positive and at most {LongestTimer}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
