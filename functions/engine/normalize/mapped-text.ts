/**
 * A string whose every UTF-16 unit remembers the span of the ORIGINAL text it came from, so findings made on the
 * normalised text can point back into what the reader wrote. Each transform maps one MappedText to another.
 */
interface MappedText {
  readonly text: string;
  /** starts[i], ends[i]: original span (end exclusive) that produced text[i]. */
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
}

/** A normalisation step; each documents its position in the pipeline and how it can misfire. */
type Transform = (input: MappedText) => MappedText;

/**
 * Incremental builder used by transforms: push a unit with the original span it stands for. Spans live in typed
 * arrays sized from the input up front, so a 5,000-character comment costs no per-character allocation.
 */
/** Text length (the builder's capacity) from which the text is kept in pieces and joined once. */
const JOINED_FROM = 500;

/** Units from which `copyRange` copies a typed map in bulk. */
const BULK_COPY = 16;

class MappedTextBuilder {
  private text = "";
  /**
   * A long text in pieces, joined once by `build`: appending to a string builds a chain of joined strings that
   * every later pass and expression reads through (a character loop over it costs about a third more). A short
   * one is appended to: for a few pieces the array and the join cost more than the chain.
   */
  private readonly parts: string[] | null;
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(capacity = 64) {
    this.parts = capacity >= JOINED_FROM ? [] : null;
    this.starts = new Int32Array(Math.max(capacity, 16));
    this.ends = new Int32Array(Math.max(capacity, 16));
  }

  private append(piece: string): void {
    if (this.parts === null) this.text += piece;
    else this.parts.push(piece);
  }

  private reserve(n: number): void {
    if (this.length + n <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + n);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }

  push(unit: string, start: number, end: number): void {
    this.append(unit);
    this.reserve(unit.length);
    for (let i = 0; i < unit.length; i++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  }

  copy(from: MappedText, index: number, unit?: string): void {
    if (unit === undefined || unit.length === 1) {
      this.append(unit ?? from.text[index]!);
      this.reserve(1);
      this.starts[this.length] = from.starts[index]!;
      this.ends[this.length] = from.ends[index]!;
      this.length++;
    } else {
      this.push(unit, from.starts[index]!, from.ends[index]!);
    }
  }

  /**
   * Copies units [from, to) of the input, each standing for what it stood for there; `units` (as many) replaces
   * their text ("ABC" lower-cased), else it is copied unchanged.
   */
  copyRange(input: MappedText, from: number, to: number, units?: string): void {
    if (to <= from) return;
    this.append(units ?? input.text.slice(from, to));
    this.reserve(to - from);
    const { starts, ends } = input;
    // Long stretches of typed maps are copied in bulk; a view costs more than a few units copied one by one.
    if (to - from > BULK_COPY && starts instanceof Int32Array && ends instanceof Int32Array) {
      this.starts.set(starts.subarray(from, to), this.length);
      this.ends.set(ends.subarray(from, to), this.length);
      this.length += to - from;
      return;
    }
    for (let i = from; i < to; i++) {
      this.starts[this.length] = starts[i]!;
      this.ends[this.length] = ends[i]!;
      this.length++;
    }
  }

  build(): MappedText {
    return {
      text: this.parts === null ? this.text : this.parts.join(""),
      starts: this.starts.subarray(0, this.length),
      ends: this.ends.subarray(0, this.length),
    };
  }
}

/**
 * The identity map holds the same numbers for every text (unit i came from [i, i + 1)), so all texts share one
 * growing pair of buffers and get views of them: a long comment costs no fresh arrays (and no GC) to start.
 * Nothing writes into a MappedText's maps (ArrayLike is read-only), so the views are safe to share.
 */
let identityStarts = new Int32Array(0);
let identityEnds = new Int32Array(0);

function identityMapped(text: string): MappedText {
  const n = text.length;
  if (identityStarts.length < n) {
    const size = Math.max(n, identityStarts.length * 2, 256);
    identityStarts = new Int32Array(size);
    identityEnds = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      identityStarts[i] = i;
      identityEnds[i] = i + 1;
    }
  }
  return { text, starts: identityStarts.subarray(0, n), ends: identityEnds.subarray(0, n) };
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
