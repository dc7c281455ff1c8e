// How the C# engine's hand-written proxies (compiler/csharp/host/Proxies.cs) sit in the generated
// proxy bases: an interface listed here is covered by that hand-written class (itself derived from
// ProxyOf_<interface>), so the generated proxies of interfaces built on it derive from the class.
export const HOST_PROXY_COVER: Record<string, string> = {
  IMyTerminalBlock: "TerminalBlockProxy",
  IMyFunctionalBlock: "BlockProxy",
  IMyMessageProvider: "ProviderProxy",
};
