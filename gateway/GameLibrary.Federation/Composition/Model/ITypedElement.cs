namespace GameLibrary.Federation.Composition.Model;

/// <summary>A schema element with a type and a coordinate: a field, an argument or an input field.</summary>
internal interface ITypedElement
{
    TypeRef Type { get; set; }

    string Coordinate { get; }
}
