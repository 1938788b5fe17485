import { isDigit } from '../chars.js';
import { addProblem } from '../context.js';
import { REPLIES } from '../reply.js';
import { findWordEnd, readArgumentStart, reportExtraArguments, reportMissingArgument, skipSpaces, type CommandSpan } from './arguments.js';

/** The chunk that a BDAT line declares, which follows the line directly. */
export interface BdatChunk {
  /** The chunk size in octets. */
  readonly size: number;
  readonly last: boolean;
}

/**
 * Checks `BDAT SP chunk-size [SP "LAST"]` (RFC 3030 §2). Returns the declared chunk, or undefined
 * when the size is missing, invalid or unknown until run time.
 */
export function checkBdatCommand(span: CommandSpan): BdatChunk | undefined {
  const { text, end } = span;
  const sizeStart = readArgumentStart(span);
  if (sizeStart === end) {
    reportMissingArgument(span, "BDAT needs the chunk size in octets, as in 'BDAT 1024' or 'BDAT 1024 LAST' for the final chunk.");
    return undefined;
  }

  const sizeEnd = findWordEnd(text, sizeStart, end);
  if (text.hasHole(sizeStart, sizeEnd)) return undefined;
  let digits = true;
  for (let i = sizeStart; i < sizeEnd && digits; i++) digits = isDigit(text.code(i));
  if (!digits) {
    addProblem(span.problems, 'invalid-chunk-size', 'command', { start: sizeStart, end: sizeEnd }, REPLIES.syntaxInArguments,
      `The BDAT chunk size must be a decimal number of octets, not '${text.slice(sizeStart, sizeEnd)}'.`);
    return undefined;
  }
  const size = Number(text.slice(sizeStart, sizeEnd));

  const markerStart = skipSpaces(text, sizeEnd, end);
  if (markerStart === end) return { size, last: false };
  const markerEnd = findWordEnd(text, markerStart, end);
  if (text.hasHole(markerStart, end)) return { size, last: false };
  const last = text.slice(markerStart, markerEnd).toUpperCase() === 'LAST';
  if (!last) {
    addProblem(span.problems, 'invalid-end-marker', 'command', { start: markerStart, end: markerEnd }, REPLIES.syntaxInArguments,
      `Only 'LAST' may follow the BDAT chunk size, to mark the final chunk; remove '${text.slice(markerStart, markerEnd)}'.`,
      { suggestions: [{ description: "Replace with 'LAST'.", edits: [{ start: markerStart, end: markerEnd, text: 'LAST' }] }] });
  } else if (markerEnd < end) {
    reportExtraArguments(span, markerEnd, "Nothing may follow 'LAST' on a BDAT line.");
  }
  return { size, last };
}
