import { formatNumber } from '../../wording/format';

/** Props of {@link Progress}. */
export interface ProgressProps {
  id: string;
  /** What is being done, without the numbers ("Exporting"). */
  doing: string;
  done: number;
  total: number;
  /** What is counted after the total ("files"), if anything. */
  unit?: string;
  testId?: string;
}

/** A labelled <progress> with its numbers in words beside it ("Exporting 1,500 of 10,000"). */
export function Progress({ id, doing, done, total, unit, testId }: ProgressProps) {
  const words = `${doing} ${formatNumber(done)} of ${formatNumber(total)}${unit ? ` ${unit}` : ''}`;
  return (
    <div class="progress" data-testid={testId}>
      <label for={id}>{words}</label>
      <progress id={id} max={Math.max(1, total)} value={Math.min(done, Math.max(1, total))}>{words}</progress>
    </div>
  );
}
