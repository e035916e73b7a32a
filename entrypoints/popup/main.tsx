import reference from 'virtual:crosscheck-reference';
import { startPopup } from '@/src/app/pages/start-pages';

startPopup(document.getElementById('app')!, reference);
