import reference from 'virtual:crosscheck-reference';
import { startPopup } from '@/src/app/pages/start-popup';

startPopup(document.getElementById('app')!, reference);
