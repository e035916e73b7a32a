import type { DifferenceKind } from '../../types';
import { KIND_ICON, KIND_WORD } from './alignment-view';

/** A difference kind as icon and word together, so it never rests on colour alone. */
export function KindTag({ kind }: { kind: DifferenceKind }) {
  return (
    <span class={`kind kind-${kind}`}>
      <span aria-hidden="true">{KIND_ICON[kind]}</span>
      <span>{KIND_WORD[kind]}</span>
    </span>
  );
}
