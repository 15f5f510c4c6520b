using GameLibrary.Gateway.Cli;

return await GatewayCommandLine.InvokeAsync(args);
