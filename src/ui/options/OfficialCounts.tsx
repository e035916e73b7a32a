import info from 'virtual:crosscheck-reference-info';
import { BundledSeries } from './BundledSeries';

/** The bundled official series (described at build time, without their values), on the options page. */
export function OfficialCounts() {
  return <BundledSeries series={info} />;
}
