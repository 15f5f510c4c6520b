using System.Text.RegularExpressions;

namespace GameLibrary.Events;

/// <summary>The rule for log names, which become part of Redis keys.</summary>
internal static partial class EventLogName
{
    public static string Validate(string log, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(log, parameterName);
        return Pattern().IsMatch(log)
            ? log
            : throw new ArgumentException(
                $"Event log name '{log}' must be 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit.",
                parameterName);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
