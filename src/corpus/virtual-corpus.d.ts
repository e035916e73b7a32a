/** The corpus compiled at build time by scripts/lib/corpus-plugin.ts (src/build/corpus/). */
declare module 'virtual:crosscheck-corpus' {
  const corpus: import('./format').CompiledCorpus;
  export default corpus;
}
