/**
 * A string whose every UTF-16 unit remembers the span of the ORIGINAL text it came from, so findings made on the
 * normalised text can point back into what the reader wrote. Each transform maps one MappedText to another.
 */
interface MappedText {
  readonly text: string;
  /** starts[i], ends[i]: original span (end exclusive) that produced text[i]. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** A normalisation step; each documents its position in the pipeline and how it can misfire. */
type Transform = (input: MappedText) => MappedText;

/** Incremental builder used by transforms: push a unit with the original span it stands for. */
class MappedTextBuilder {
  private text = "";
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  push(unit: string, start: number, end: number): void {
    this.text += unit;
    for (let i = 0; i < unit.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  copy(from: MappedText, index: number, unit?: string): void {
    const start = from.starts[index]!;
    const end = from.ends[index]!;
    if (unit === undefined) {
      this.text += from.text[index]!;
      this.starts.push(start);
      this.ends.push(end);
    } else {
      this.push(unit, start, end);
    }
  }

  build(): MappedText {
    return { text: this.text, starts: this.starts, ends: this.ends };
  }
}

function identityMapped(text: string): MappedText {
  const starts = new Array<number>(text.length);
  const ends = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/** Maps a [start, end) span of the mapped text to a span of the original text. */
function toOriginalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (mapped.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), mapped.text.length - 1);
  const e = Math.min(Math.max(end - 1, s), mapped.text.length - 1);
  return { start: mapped.starts[s]!, end: Math.max(mapped.ends[e]!, mapped.starts[s]!) };
}

export type { MappedText, Transform };
export { identityMapped, MappedTextBuilder, toOriginalSpan };
