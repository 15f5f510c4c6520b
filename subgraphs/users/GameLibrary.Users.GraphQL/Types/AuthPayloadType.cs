using GraphQL.Types;

namespace GameLibrary.Users.GraphQL.Types;

/// <summary>The result of <c>register</c> and <c>login</c>: a signed-in session.</summary>
public sealed class AuthPayloadType : ObjectGraphType<AuthPayload>
{
    /// <summary>Creates the type.</summary>
    public AuthPayloadType()
    {
        Name = "AuthPayload";
        Field(payload => payload.Token).Description("A signed JWT; send it as 'Authorization: Bearer <token>'.");
        Field<NonNullGraphType<DateTimeGraphType>>("expiresAt").Resolve(context => context.Source.ExpiresAt.UtcDateTime);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(context => context.Source.Roles);
        Field<NonNullGraphType<UserType>>("user").Resolve(context => context.Source.User);
    }
}
