import type { Condition } from '../model.js';
import type { ReadLines } from './read-line.js';
import { collapseSpace } from './text.js';

/** How many lines a parenthesised heading may run over before its ")" is given up on. */
const MAX_HEADING_LINES = 3;

interface HeadingText {
  heading: string;
  /** Index of the first line after the heading. */
  next: number;
}

/** The heading after "… condizione": "(…)" possibly over lines, or the rest of the line. */
function readHeadingText(lines: ReadLines, index: number, rest: string): HeadingText {
  const open = rest.match(/^\(\s*(.*)$/);
  if (!open) return { heading: rest.replace(/[:.\s]+$/, ''), next: index + 1 };
  const pieces = [open[1] ?? ''];
  let next = index + 1;
  let closed = pieces[0]!.includes(')');
  for (let i = index + 1; !closed && i < lines.length && i <= index + MAX_HEADING_LINES; i++) {
    const text = lines.text(i);
    if (text === '' || lines.condition(i)) break;
    if (!text.includes(')')) continue;
    for (let j = index + 1; j <= i; j++) pieces.push(lines.source(j).text.trim());
    next = i + 1;
    closed = true;
  }
  const heading = collapseSpace(pieces.join(' ').replace(/\).*$/, ''));
  return { heading, next };
}

/**
 * Reads the seven conditions of a project from its lines: each heading starts a condition whose
 * text runs to the next heading. A heading repeated later continues its condition.
 */
export function readConditions(lines: ReadLines): Condition[] {
  const byOrdinal = new Map<number, ConditionDraft>();
  let current: ConditionDraft | null = null;
  for (let i = 0; i < lines.length; i++) {
    const found = lines.condition(i);
    if (!found) {
      const text = lines.text(i);
      if (current && text !== '') {
        current.texts.push(text);
        current.bodyLines.push(lines.source(i).line);
      }
      continue;
    }
    const { heading, next } = readHeadingText(lines, i, found.rest);
    let draft = byOrdinal.get(found.ordinal);
    if (!draft) byOrdinal.set(found.ordinal, (draft = { heading, texts: [], headingLines: [], bodyLines: [], page: lines.source(i).page }));
    for (let j = i; j < next; j++) draft.headingLines.push(lines.source(j).line);
    current = draft;
    i = next - 1;
  }
  return [...byOrdinal.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ordinal, c]) => ({
      ordinal,
      heading: c.heading,
      text: c.texts.join(' '),
      source: { lines: c.headingLines.concat(c.bodyLines), page: c.page },
    }));
}

/** A condition while its lines are gathered: a repeated heading adds to the first one's. */
interface ConditionDraft {
  heading: string;
  /** The body's non-blank lines: their text, and their line numbers. */
  texts: string[];
  bodyLines: number[];
  headingLines: number[];
  page: number | null;
}
