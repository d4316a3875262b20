using Platform.Host.Cli;

return await PlatformCli.RunAsync(args);
