import compiled from 'virtual:crosscheck-corpus';
import reference from 'virtual:crosscheck-reference';
import { startBackground } from '@/src/app/background/service';

export default defineBackground(() => {
  startBackground(compiled, reference);
});
