import reference from 'virtual:crosscheck-reference';
import { startReportPage } from '@/src/app/pages/start-report';

startReportPage(document.getElementById('app')!, new URLSearchParams(location.search).get('id') ?? '', reference);
