/** What the standalone page is told at build time (`standaloneConfig`, DefinePlugin). */
declare const __TESSERA_STANDALONE__: {
  remote: string;
  app: string;
  version: string;
  defaultRoute: string;
  parcels: Record<string, string>;
};
