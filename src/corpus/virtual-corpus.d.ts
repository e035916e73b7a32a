/** The corpus compiled at build time by scripts/lib/corpus-plugin.ts. */
declare module 'virtual:crosscheck-corpus' {
  const corpus: import('@/src/corpus/corpus-index').CompiledCorpus;
  export default corpus;
}
