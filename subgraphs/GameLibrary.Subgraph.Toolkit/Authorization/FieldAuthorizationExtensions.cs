using GraphQL;
using GraphQL.Types;

namespace GameLibrary.Subgraph.Toolkit.Authorization;

/// <summary>
/// Declares who may resolve a field. An unauthorized caller gets <see langword="null"/> for the field and an error at
/// its path with <c>extensions.code</c> <c>UNAUTHENTICATED</c> (anonymous) or <c>FORBIDDEN</c> (missing role); the rest
/// of the response still resolves. Enforced on object type fields, including subscription fields.
/// </summary>
public static class FieldAuthorizationExtensions
{
    /// <summary>Lets only signed-in callers resolve the field.</summary>
    /// <typeparam name="TField">A field, field builder or field configuration.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns><paramref name="field"/>.</returns>
    public static TField RequireAuthenticated<TField>(this TField field)
        where TField : IFieldMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(field);
        return Require(field, []);
    }

    /// <summary>
    /// Lets only signed-in callers holding at least one of <paramref name="roles"/> resolve the field.
    /// Calling it again adds roles to the allowed set.
    /// </summary>
    /// <typeparam name="TField">A field, field builder or field configuration.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="roles">The allowed roles (the <c>role</c> claims of the caller's token).</param>
    /// <returns><paramref name="field"/>.</returns>
    public static TField RequireRole<TField>(this TField field, params string[] roles)
        where TField : IFieldMetadataWriter
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Length == 0 || roles.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("At least one non-empty role is required.", nameof(roles));
        }

        return Require(field, roles);
    }

    private static TField Require<TField>(TField field, string[] roles)
        where TField : IFieldMetadataWriter
    {
        FieldAuthorizationRequirement? existing =
            field.GetMetadata<FieldAuthorizationRequirement?>(FieldAuthorizationRequirement.MetadataKey);
        field.Metadata[FieldAuthorizationRequirement.MetadataKey] = FieldAuthorizationRequirement.Combine(existing, roles);
        return field;
    }
}
