/**
 * The string a check reads. Code that builds a command from a template or a concatenation leaves
 * parts unknown until run time: each such part is one placeholder code unit in `text`, listed in
 * `holes` by offset, and the grammar reports only what the known text proves.
 */
export interface SmtpText {
  readonly text: string;
  readonly holes?: readonly number[];
}

/** The placeholder for a part unknown until run time; `holes` decides, not the character. */
export const HOLE_PLACEHOLDER = '\uFFFC';

/** Read access to a checked string with constant-time questions about its holes. */
export class CheckedText {
  readonly text: string;
  readonly length: number;
  private readonly holesBefore: Uint32Array | undefined;

  constructor(input: SmtpText) {
    this.text = input.text;
    this.length = input.text.length;
    const holes = input.holes ?? [];
    if (holes.length === 0) {
      this.holesBefore = undefined;
      return;
    }

    // holesBefore[i] counts the holes at offsets below i, so any range query takes O(1).
    const marks = new Uint8Array(this.length);
    for (const offset of holes) {
      if (Number.isInteger(offset) && offset >= 0 && offset < this.length) marks[offset] = 1;
    }
    this.holesBefore = new Uint32Array(this.length + 1);
    for (let i = 0; i < this.length; i++) this.holesBefore[i + 1] = this.holesBefore[i]! + marks[i]!;
  }

  code(index: number): number {
    return this.text.charCodeAt(index);
  }

  isHole(index: number): boolean {
    if (this.holesBefore === undefined || index < 0 || index >= this.length) return false;
    return this.holesBefore[index + 1]! > this.holesBefore[index]!;
  }

  hasHole(start: number, end: number): boolean {
    if (this.holesBefore === undefined) return false;
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    return this.holesBefore[to]! > this.holesBefore[from]!;
  }

  get hasHoles(): boolean {
    return this.holesBefore !== undefined && this.holesBefore[this.length]! > 0;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }
}
