import { startBackground } from '@/src/platform/background-service';

export default defineBackground(() => {
  startBackground();
});
