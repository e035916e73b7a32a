import type { Figure } from '../types';

/** Options of {@link extractFigures}. */
export interface ExtractOptions {
  /** Stop after this many figures (work cap for hostile pages). */
  maxFigures?: number;
}

/** Every counted figure in `text`, in order of position. PLACEHOLDER: the figures work replaces it. */
export function extractFigures(text: string, options: ExtractOptions = {}): Figure[] {
  void text;
  void options;
  return [];
}
