import { render } from 'preact';
import { ReportPage } from '@/src/ui/report/ReportPage';

render(<ReportPage id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
