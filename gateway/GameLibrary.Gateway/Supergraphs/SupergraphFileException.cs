namespace GameLibrary.Gateway.Supergraphs;

/// <summary>A supergraph file that is missing or unreadable; the message names the file.</summary>
internal sealed class SupergraphFileException(string message, Exception innerException) : Exception(message, innerException);
