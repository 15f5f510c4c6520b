namespace GameLibrary.Gateway.Configuration;

/// <summary>Whether clients may introspect the API schema (<c>Gateway:Introspection</c>).</summary>
internal sealed class IntrospectionOptions
{
    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be selected. Null (the default) means on in the Development
    /// environment and off elsewhere, where such selections fail with INTROSPECTION_DISABLED. The IDE needs it on.
    /// </summary>
    public bool? Enabled { get; set; }
}
