using GameLibrary.Federation.Composition.Model;
using GameLibrary.Federation.Composition.Subgraphs;

using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GameLibrary.Federation.Composition.FieldSets;

/// <summary>Parses the string of a <c>fields</c> argument (<c>"id store { region }"</c>) into selections.</summary>
internal static class FieldSetParser
{
    public static IReadOnlyList<FieldSetSelection> Parse(string fields)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse("{" + fields + "\n}", new ParserOptions { Ignore = IgnoreOptions.All });
        }
        catch (GraphQLParserException e)
        {
            throw new FieldSetException($"Syntax Error: {SyntaxErrors.Describe(e)}.");
        }

        if (document.Definitions is not [GraphQLOperationDefinition { SelectionSet: var selectionSet }])
        {
            throw new FieldSetException("Syntax Error: the field set is not a single selection set.");
        }

        return Selections(selectionSet);
    }

    private static List<FieldSetSelection> Selections(GraphQLSelectionSet selectionSet) =>
        selectionSet.Selections.Select(Selection).ToList();

    private static FieldSetSelection Selection(ASTNode node) => node switch
    {
        GraphQLField field => new FieldSelection(
            field.Name.StringValue,
            field.Alias?.Name.StringValue,
            (field.Arguments?.Items ?? []).Select(a => new DirectiveArgument(a.Name.StringValue, SdlReader.ReadValue(a.Value))).ToList(),
            Directives(field.Directives),
            field.SelectionSet is null ? null : Selections(field.SelectionSet)),
        GraphQLInlineFragment fragment => new InlineFragmentSelection(
            fragment.TypeCondition?.Type.Name.StringValue,
            Directives(fragment.Directives),
            Selections(fragment.SelectionSet)),
        GraphQLFragmentSpread spread => throw new FieldSetException(
            $"Cannot find fragment name \"{spread.FragmentName.Name.StringValue}\" (no fragments were provided)"),
        _ => throw new FieldSetException($"Unexpected selection {node.Kind}."),
    };

    private static List<AppliedDirective> Directives(GraphQLDirectives? directives) =>
        (directives?.Items ?? []).Select(d => new AppliedDirective(
            d.Name.StringValue,
            (d.Arguments?.Items ?? []).Select(a => new DirectiveArgument(a.Name.StringValue, SdlReader.ReadValue(a.Value))).ToList())).ToList();
}
