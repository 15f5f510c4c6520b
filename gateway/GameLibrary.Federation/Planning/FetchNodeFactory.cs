using System.Text;
using GameLibrary.Federation.Planning.Nodes;
using GameLibrary.Federation.Planning.Selections;
using GameLibrary.Federation.Supergraph;
using GraphQLParser.AST;

namespace GameLibrary.Federation.Planning;

/// <summary>Turns a planned fetch group into a <see cref="FetchNode"/>: the subgraph operation text, variables, inputs, error positions.</summary>
internal sealed class FetchNodeFactory
{
    private readonly string? _operationName;
    private readonly Dictionary<string, GraphQLVariableDefinition> _variables = new(StringComparer.Ordinal);
    private readonly string _representationsVariable;
    private readonly SupergraphSchema _schema;

    public FetchNodeFactory(GraphQLOperationDefinition operation, SupergraphSchema schema)
    {
        _schema = schema;
        _operationName = operation.Name?.StringValue;
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            _variables[definition.Variable.Name.StringValue] = definition;
        }

        _representationsVariable = _variables.ContainsKey("representations") ? "__gl_representations" : "representations";
    }

    /// <summary>Creates the fetch node of a group; <paramref name="index"/> numbers the fetches of the plan.</summary>
    public FetchNode Create(FetchGroup group, OperationType operationType, int index) => Build(group, operationType, index).Fetch;

    /// <summary>
    /// Creates the batch of entity groups sent as one request (<paramref name="index"/> numbers it like a fetch):
    /// groups whose fetches are the same apart from the path share one <c>_entities</c> field; otherwise each
    /// gets its own under the alias <c>_0</c>, <c>_1</c>… with its own representations variable.
    /// </summary>
    public BatchNode CreateBatch(IReadOnlyList<FetchGroup> groups, int index)
    {
        var built = new List<(FetchNode Fetch, string Selection, List<IReadOnlyList<string>> Paths)>();
        foreach (var group in groups)
        {
            var (fetch, selection) = Build(group, OperationType.Query, index);
            var same = built.FindIndex(b => b.Fetch.Operation == fetch.Operation && b.Fetch.RequiresText == fetch.RequiresText
                && b.Fetch.Requires!.Select(r => r.TypenameRewrite).SequenceEqual(fetch.Requires!.Select(r => r.TypenameRewrite)));
            if (same >= 0)
            {
                built[same].Paths.Add(group.Path.ToList());
            }
            else
            {
                built.Add((fetch, selection, [group.Path.ToList()]));
            }
        }

        var operationName = built[0].Fetch.OperationName;
        var usages = built.SelectMany(b => b.Fetch.VariableUsages).Distinct(StringComparer.Ordinal).ToList();
        if (built.Count == 1)
        {
            var (fetch, _, paths) = built[0];
            return new BatchNode(fetch.ServiceName, fetch.Operation, operationName, usages, [new BatchEntry("_entities", fetch.RepresentationsVariable, paths, fetch)]);
        }

        var entries = new List<BatchEntry>(built.Count);
        var text = new StringBuilder("query");
        if (operationName is not null)
        {
            text.Append(' ').Append(operationName);
        }

        var definitions = new List<string>();
        for (var i = 0; i < built.Count; i++)
        {
            var variable = i == 0 ? _representationsVariable : FreeVariable($"{_representationsVariable}{i}");
            definitions.Add($"${variable}: [_Any!]!");
            entries.Add(new BatchEntry($"_{i}", variable, built[i].Paths, built[i].Fetch));
        }

        definitions.AddRange(usages.Select(Definition));
        text.Append('(').AppendJoin(", ", definitions).Append(") {");
        foreach (var (entry, (_, selection, _)) in entries.Zip(built))
        {
            text.Append(' ').Append(entry.ResponseKey).Append(": _entities(representations: $").Append(entry.RepresentationsVariable).Append(") ").Append(selection);
        }

        text.Append(" }");
        return new BatchNode(groups[0].Subgraph, text.ToString(), operationName, usages, entries);
    }

    private (FetchNode Fetch, string Selection) Build(FetchGroup group, OperationType operationType, int index)
    {
        group.Selection.RemoveRedundantFields();
        var renames = ResponseKeyConflicts.Resolve(group.Selection, _schema);
        var variables = new List<string>();
        CollectVariables(group.Selection, variables);
        var usages = variables.Where(_variables.ContainsKey).ToList();
        var operationName = _operationName is null ? null : $"{_operationName}__{Sanitize(group.Subgraph)}__{index}";
        var kind = group.IsEntity ? OperationType.Query : operationType;

        var text = new StringBuilder();
        text.Append(kind switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        if (operationName is not null)
        {
            text.Append(' ').Append(operationName);
        }

        var definitions = usages.Select(Definition).ToList();
        if (group.IsEntity)
        {
            definitions.Insert(0, $"${_representationsVariable}: [_Any!]!");
        }

        if (definitions.Count > 0)
        {
            text.Append('(').AppendJoin(", ", definitions).Append(')');
        }

        text.Append(' ');
        var selection = new StringBuilder();
        SelectionPrinter.Compact(group.Selection, selection);
        if (group.IsEntity)
        {
            text.Append("{ _entities(representations: $").Append(_representationsVariable).Append(") ").Append(selection).Append(" }");
        }
        else
        {
            text.Append(selection);
        }

        var pretty = new StringBuilder();
        SelectionPrinter.Pretty(group.Selection, pretty, 0);

        IReadOnlyList<InputFragment>? requires = null;
        string? requiresText = null;
        var entityKeys = new Dictionary<string, IReadOnlyList<FieldKey>>(StringComparer.Ordinal);
        if (group.IsEntity)
        {
            requires = [.. group.Inputs.Select(i => new InputFragment(i.TypeCondition, i.MatchingTypes, i.Selections.Build(), i.TypenameRewrite, i.SelectionType))];
            requiresText = PrintInputs(requires);
            foreach (var item in group.Selection.Items)
            {
                if (item is FragmentItem { TypeCondition: { } type } fragment)
                {
                    var keys = new List<FieldKey>();
                    ClientKeys(fragment.Children, [], keys);
                    entityKeys[type] = keys;
                }
            }
        }

        var rootKeys = new List<FieldKey>();
        if (!group.IsEntity)
        {
            ClientKeys(group.Selection, [], rootKeys);
        }

        var fetch = new FetchNode(
            group.Subgraph,
            kind,
            text.ToString(),
            operationName,
            usages,
            pretty.ToString(),
            requires,
            requiresText,
            _representationsVariable,
            rootKeys,
            entityKeys,
            renames);
        return (fetch, selection.ToString());
    }

    /// <summary><paramref name="name"/>, or it with underscores appended until no client variable has that name.</summary>
    private string FreeVariable(string name)
    {
        while (_variables.ContainsKey(name))
        {
            name += "_";
        }

        return name;
    }

    private string Definition(string name)
    {
        var definition = _variables[name];
        var text = $"${name}: {GraphQLPrinter.Type(definition.Type)}";
        return definition.DefaultValue is null ? text : text + " = " + GraphQLPrinter.Value(definition.DefaultValue);
    }

    private static string Sanitize(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return text.ToString();
    }

    private static void CollectVariables(SelectionBuilder builder, List<string> names)
    {
        foreach (var item in builder.Items)
        {
            // Only what is printed: an operation must declare exactly the variables its text uses.
            if (!item.IsPrinted)
            {
                continue;
            }

            GraphQLPrinter.CollectVariables(item.Directives, names);
            switch (item)
            {
                case FieldItem field:
                    GraphQLPrinter.CollectVariables(field.Arguments, names);
                    if (field.Children is not null)
                    {
                        CollectVariables(field.Children, names);
                    }

                    break;
                case FragmentItem fragment:
                    CollectVariables(fragment.Children, names);
                    break;
            }
        }
    }

    /// <summary>The response keys of the client's fields at this level (through condition-only fragments), with their conditions.</summary>
    private static void ClientKeys(SelectionBuilder builder, IReadOnlyList<SelectionCondition> conditions, List<FieldKey> keys)
    {
        foreach (var item in builder.Items)
        {
            switch (item)
            {
                case FieldItem { IsInternal: false } field:
                    var key = new FieldKey(field.ResponseKey, SelectionCondition.Append(conditions, SelectionCondition.From(field.Directives)));
                    if (!keys.Exists(k => k.ResponseKey == key.ResponseKey && k.Conditions.SequenceEqual(key.Conditions)))
                    {
                        keys.Add(key);
                    }

                    break;
                case FragmentItem { TypeCondition: null } wrapper:
                    ClientKeys(wrapper.Children, SelectionCondition.Append(conditions, SelectionCondition.From(wrapper.Directives)), keys);
                    break;
            }
        }
    }

    private static string PrintInputs(IReadOnlyList<InputFragment> inputs)
    {
        var text = new StringBuilder("{\n");
        foreach (var input in inputs)
        {
            PrintInput(input, text, 1);
        }

        return text.Append('}').ToString();
    }

    private static void PrintInput(InputNode node, StringBuilder text, int indent)
    {
        text.Append(' ', indent * 2);
        switch (node)
        {
            case InputField field:
                if (field.ResponseKey != field.Name)
                {
                    text.Append(field.ResponseKey).Append(": ");
                }

                text.Append(field.Name);
                if (field.Selections is not null)
                {
                    text.Append(" {\n");
                    foreach (var child in field.Selections)
                    {
                        PrintInput(child, text, indent + 1);
                    }

                    text.Append(' ', indent * 2).Append('}');
                }

                break;
            case InputFragment fragment:
                text.Append("... on ").Append(fragment.TypeCondition).Append(" {\n");
                foreach (var child in fragment.Selections)
                {
                    PrintInput(child, text, indent + 1);
                }

                text.Append(' ', indent * 2).Append('}');
                break;
        }

        text.Append('\n');
    }
}
