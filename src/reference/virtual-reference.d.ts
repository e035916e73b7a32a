/** The official series compiled at build time by scripts/lib/reference-plugin.ts (src/build/reference/). */
declare module 'virtual:crosscheck-reference' {
  const reference: import('./format').CompiledReference;
  export default reference;
}

/** What each bundled series is (no values): for the options page. */
declare module 'virtual:crosscheck-reference-info' {
  const info: import('./series-info').SeriesInfo[];
  export default info;
}
