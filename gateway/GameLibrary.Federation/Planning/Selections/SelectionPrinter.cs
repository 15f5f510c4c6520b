using System.Text;

namespace GameLibrary.Federation.Planning.Selections;

/// <summary>Prints a <see cref="SelectionBuilder"/> as a one-line operation body or as an indented block for plans.</summary>
internal static class SelectionPrinter
{
    /// <summary>Prints <c>{ a b { c } }</c>.</summary>
    public static void Compact(SelectionBuilder builder, StringBuilder text)
    {
        text.Append('{');
        var any = false;
        foreach (var item in builder.Items)
        {
            if (!item.IsPrinted)
            {
                continue;
            }

            text.Append(' ');
            any = true;
            switch (item)
            {
                case FieldItem field:
                    Head(field, text);
                    if (field.Children is not null)
                    {
                        text.Append(' ');
                        CompactOrTypename(field.Children, text);
                    }

                    break;
                case FragmentItem fragment:
                    text.Append("...");
                    if (fragment.TypeCondition is not null)
                    {
                        text.Append(" on ").Append(fragment.TypeCondition);
                    }

                    text.Append(fragment.DirectivesText).Append(' ');
                    Compact(fragment.Children, text);
                    break;
            }
        }

        text.Append(any ? " }" : "}");
    }

    /// <summary>Prints the selections one per line, indented by <paramref name="indent"/> levels of two spaces.</summary>
    public static void Pretty(SelectionBuilder builder, StringBuilder text, int indent)
    {
        text.Append("{\n");
        PrettyItems(builder, text, indent + 1);
        text.Append(' ', indent * 2).Append('}');
    }

    private static void PrettyItems(SelectionBuilder builder, StringBuilder text, int indent)
    {
        var printed = false;
        foreach (var item in builder.Items)
        {
            if (!item.IsPrinted)
            {
                continue;
            }

            printed = true;
            text.Append(' ', indent * 2);
            switch (item)
            {
                case FieldItem field:
                    Head(field, text);
                    if (field.Children is not null)
                    {
                        text.Append(' ');
                        if (field.Children.HasContent)
                        {
                            Pretty(field.Children, text, indent);
                        }
                        else
                        {
                            text.Append("{\n").Append(' ', (indent + 1) * 2).Append("__typename\n").Append(' ', indent * 2).Append('}');
                        }
                    }

                    break;
                case FragmentItem fragment:
                    text.Append("...");
                    if (fragment.TypeCondition is not null)
                    {
                        text.Append(" on ").Append(fragment.TypeCondition);
                    }

                    text.Append(fragment.DirectivesText).Append(' ');
                    Pretty(fragment.Children, text, indent);
                    break;
            }

            text.Append('\n');
        }

        if (!printed)
        {
            text.Append(' ', indent * 2).Append("__typename\n");
        }
    }

    private static void CompactOrTypename(SelectionBuilder builder, StringBuilder text)
    {
        if (builder.HasContent)
        {
            Compact(builder, text);
        }
        else
        {
            // A composite field whose every sub-selection was dropped still needs one to be valid GraphQL.
            text.Append("{ __typename }");
        }
    }

    private static void Head(FieldItem field, StringBuilder text)
    {
        if ((field.TransportAlias ?? field.Alias) is { } alias)
        {
            text.Append(alias).Append(": ");
        }

        text.Append(field.Name).Append(field.ArgumentsText).Append(field.DirectivesText);
    }
}
