// Neither package ships types; only what product-metadata.ts uses is declared.
declare module '@samirrayani/metascraper-shopping' {
  const rules: () => Record<string, unknown[]>;
  export default rules;
}

declare module '@metascraper/helpers' {
  /** A value from the page's JSON-LD blocks by dotted path (`offers.lowPrice`), searching nested schema objects. */
  export const $jsonld: (path: string) => (htmlDom: unknown) => unknown;
}
