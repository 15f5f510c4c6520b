using System.CommandLine;

using GameLibrary.Federation;

namespace GameLibrary.Gateway.Cli;

/// <summary><c>api-schema --supergraph &lt;file&gt;</c>: prints the schema clients see.</summary>
internal static class ApiSchemaCommand
{
    public static Command Create()
    {
        Option<FileInfo> supergraph = SupergraphOption.Create("The supergraph whose API schema to print.", required: true);
        Command command = new("api-schema", "Print the API schema of a supergraph as SDL: what clients see, without the join machinery and @inaccessible elements.")
        {
            supergraph,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            if (CommandLineSupergraph.TryLoad(
                parseResult.GetRequiredValue(supergraph).FullName,
                loaded => FederationGateway.Load(loaded.Text),
                parseResult.InvocationConfiguration.Error) is not { } loaded)
            {
                return CommandLineSupergraph.Failed;
            }

            using FederationGateway gateway = loaded.Gateway;
            await parseResult.InvocationConfiguration.Output.WriteLineAsync(gateway.ApiSchemaSdl.AsMemory(), cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
