declare module 'virtual:crosscheck-corpus' {
  import type { CompiledCorpus } from './corpus-index';
  const corpus: CompiledCorpus;
  export default corpus;
}
