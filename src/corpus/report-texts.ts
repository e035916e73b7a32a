/**
 * The reports' full texts, kept apart from the matching index and read one report at a time:
 * all texts as UTF-8 in one string of byte-valued characters, with each text's length in bytes.
 * V8 stores such a string at one byte per character, where the texts as one JavaScript string
 * would take two bytes per character as soon as one report has a curly quote (28% of the
 * synthetic reports do). Lone surrogates, which UTF-8 cannot hold, come back as U+FFFD (also one
 * UTF-16 unit, so figure offsets stay right); texts read from files never have them.
 */
import { packSequence, unpackSequence } from './packed-ids';

/** The serialized texts. */
export interface PackedTextsData {
  /** The texts' UTF-8 bytes, one character per byte. */
  bytes: string;
  /** Each text's length in bytes ({@link packSequence}). */
  sizes: string;
}

/** Packs texts (`texts[r]` for report r). */
export function packTexts(texts: readonly string[]): PackedTextsData {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  const sizes: number[] = [];
  for (const text of texts) {
    const bytes = encoder.encode(text);
    let part = '';
    for (let i = 0; i < bytes.length; i += 8192) part += String.fromCharCode(...bytes.subarray(i, i + 8192));
    parts.push(part);
    sizes.push(bytes.length);
  }
  return { bytes: parts.join(''), sizes: packSequence(sizes) };
}

/** Reads {@link packTexts}' output one text at a time. */
export class ReportTexts {
  private readonly offsets: Int32Array;
  private readonly decoder = new TextDecoder();

  constructor(private readonly data: PackedTextsData, readonly size: number) {
    const sizes = unpackSequence(data.sizes, new Int32Array(size));
    this.offsets = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) this.offsets[i + 1] = (this.offsets[i] ?? 0) + (sizes[i] ?? 0);
  }

  /** Report `r`'s text, or "" when out of range. */
  text(r: number): string {
    if (!(r >= 0 && r < this.size)) return '';
    const start = this.offsets[r] ?? 0;
    const end = this.offsets[r + 1] ?? 0;
    const { bytes } = this.data;
    let ascii = true;
    for (let i = start; i < end && ascii; i++) ascii = bytes.charCodeAt(i) < 0x80;
    if (ascii) return bytes.slice(start, end);
    const buf = new Uint8Array(end - start);
    for (let i = start; i < end; i++) buf[i - start] = bytes.charCodeAt(i);
    return this.decoder.decode(buf);
  }
}
