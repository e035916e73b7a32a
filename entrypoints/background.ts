import compiled from 'virtual:crosscheck-corpus';
import { startBackground } from '@/src/app/background/service';

export default defineBackground(() => {
  startBackground(compiled);
});
