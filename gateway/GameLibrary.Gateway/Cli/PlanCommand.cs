using System.CommandLine;

using GameLibrary.Federation;

namespace GameLibrary.Gateway.Cli;

/// <summary>
/// <c>plan --supergraph &lt;file&gt; (--query &lt;text&gt; | --file &lt;path&gt;) [--operation-name &lt;name&gt;] [--no-batching]</c>:
/// prints an operation's query plan.
/// </summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        Option<FileInfo> supergraph = SupergraphOption.Create("The supergraph to plan against.", required: true);
        Option<string> query = new("--query") { Description = "The operation's GraphQL document.", HelpName = "text" };
        Option<FileInfo> file = new("--file") { Description = "A .graphql file holding the operation's document.", HelpName = "path.graphql" };
        Option<string> operationName = new("--operation-name") { Description = "The operation to plan when the document holds several.", HelpName = "name" };
        Option<bool> noBatching = new("--no-batching") { Description = "Plan one request per entity fetch, as the gateway does with Gateway:BatchEntityFetches=false." };

        Command command = new("plan", "Print the query plan of an operation against a supergraph (Apollo's plan notation), without running it.")
        {
            supergraph,
            query,
            file,
            operationName,
            noBatching,
        };
        command.Validators.Add(result =>
        {
            bool hasQuery = result.GetResult(query) is not null;
            bool hasFile = result.GetResult(file) is not null;
            if (hasQuery == hasFile)
            {
                result.AddError("Give the operation with exactly one of --query <text> or --file <path.graphql>.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            TextWriter error = parseResult.InvocationConfiguration.Error;
            if (QuerySource.Read(parseResult.GetValue(query), parseResult.GetValue(file), error) is not { } document
                || CommandLineSupergraph.TryLoad(parseResult.GetRequiredValue(supergraph).FullName, loaded => FederationGateway.Load(loaded.Text, new FederationGatewayOptions { BatchEntityFetches = !parseResult.GetValue(noBatching) }), error) is not { } loaded)
            {
                return CommandLineSupergraph.Failed;
            }

            using FederationGateway gateway = loaded.Gateway;
            string plan;
            try
            {
                plan = gateway.DescribePlan(document, parseResult.GetValue(operationName));
            }
            catch (Exception exception)
            {
                // The engine throws on a request error (syntax, validation, no such operation); its message is the answer.
                await error.WriteLineAsync($"error: {exception.Message}").ConfigureAwait(false);
                return CommandLineSupergraph.Failed;
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync(plan.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
