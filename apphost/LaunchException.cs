namespace GameLibrary.AppHost;

/// <summary>The platform could not be brought up; the message says why and what to do, for the user to read.</summary>
/// <param name="message">The explanation.</param>
internal sealed class LaunchException(string message) : Exception(message);
