// PRIVACY.md ships inside the options page as text (Vite's ?raw), so the extension carries the notice it links to.
import privacy from '@/PRIVACY.md?raw';
import { startOptions } from '@/src/app/pages/start-options';

startOptions(document.getElementById('app')!, privacy);
