import { render } from 'preact';
import { Options } from '@/src/ui/options/Options';

render(<Options />, document.getElementById('app')!);
