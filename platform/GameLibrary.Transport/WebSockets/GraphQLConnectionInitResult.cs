using System.Security.Claims;

namespace GameLibrary.Transport.WebSockets;

/// <summary>The decision of an <see cref="IGraphQLConnectionInitializer"/>.</summary>
public sealed class GraphQLConnectionInitResult
{
    private static readonly GraphQLConnectionInitResult Rejected = new(false, null);

    private GraphQLConnectionInitResult(bool isAccepted, ClaimsPrincipal? user)
    {
        IsAccepted = isAccepted;
        User = user;
    }

    /// <summary>True when the connection is acknowledged.</summary>
    public bool IsAccepted { get; }

    /// <summary>
    /// The principal that the connection's operations run as, replacing the upgrade request's user
    /// (for clients that authenticate through the <c>connection_init</c> payload); null keeps it.
    /// </summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>Acknowledges the connection, optionally running its operations as <paramref name="user"/>.</summary>
    public static GraphQLConnectionInitResult Accept(ClaimsPrincipal? user = null) => new(true, user);

    /// <summary>Refuses the connection: the socket is closed with 4403 Forbidden.</summary>
    public static GraphQLConnectionInitResult Reject() => Rejected;
}
