import { startContent } from '@/src/app/content/scheduler';
import { NEWS_MATCHES } from '@/src/sites/news-sites';

export default defineContentScript({
  matches: [...NEWS_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx);
  },
});
