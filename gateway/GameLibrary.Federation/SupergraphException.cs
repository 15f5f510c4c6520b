namespace GameLibrary.Federation;

/// <summary>Thrown when a supergraph document cannot be loaded; the message names the problem and where it is.</summary>
public sealed class SupergraphException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SupergraphException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SupergraphException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
