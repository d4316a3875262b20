using Platform.Contracts;

[assembly: PlatformContract]
