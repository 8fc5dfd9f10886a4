// Building a long JS string piece by piece without the memory of a rope.
//
// `out += piece` in a loop makes V8 chain one cons-string node (~32 bytes) per piece, so
// the repr of a 10 MB bytes object held ~700 MB of nodes before it was flattened.
// TextBuilder joins pieces in batches instead: at any time it holds the flat text built
// so far plus at most BATCH small pieces. Callers reserve the final length first
// (objects/reserve.ts) when they can compute it.

const BATCH = 4096;

export class TextBuilder {
  private readonly parts: string[] = [];
  private readonly pieces: string[] = [];

  add(piece: string): void {
    const pieces = this.pieces;
    pieces.push(piece);
    if (pieces.length === BATCH) {
      this.parts.push(pieces.join(""));
      pieces.length = 0;
    }
  }

  done(): string {
    if (this.pieces.length > 0) this.parts.push(this.pieces.join(""));
    this.pieces.length = 0;
    const text = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts.length = 0;
    this.parts.push(text);
    return text;
  }
}

/** String.fromCharCode over an array of any length (spreading millions of arguments overflows the JS stack). */
export function charCodesToString(codes: ArrayLike<number>): string {
  if (codes.length <= BATCH) return String.fromCharCode.apply(null, Array.from(codes));
  const b = new TextBuilder();
  for (let i = 0; i < codes.length; i += BATCH) {
    b.add(String.fromCharCode.apply(null, Array.prototype.slice.call(codes, i, i + BATCH) as number[]));
  }
  return b.done();
}
