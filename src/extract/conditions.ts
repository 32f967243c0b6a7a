import type { Condition } from '../model.js';
import { collapseSpace, type ReadLine } from './read-line.js';

/** How many lines a parenthesised heading may run over before its ")" is given up on. */
const MAX_HEADING_LINES = 3;

interface HeadingText {
  heading: string;
  /** Index of the first line after the heading. */
  next: number;
}

/** The heading after "… condizione": "(…)" possibly over lines, or the rest of the line. */
function readHeadingText(lines: ReadLine[], index: number, rest: string): HeadingText {
  const open = rest.match(/^\(\s*(.*)$/);
  if (!open) return { heading: rest.replace(/[:.\s]+$/, ''), next: index + 1 };
  const pieces = [open[1] ?? ''];
  let next = index + 1;
  let closed = pieces[0]!.includes(')');
  for (let i = index + 1; !closed && i < lines.length && i <= index + MAX_HEADING_LINES; i++) {
    const line = lines[i]!;
    if (line.text === '' || line.condition) break;
    if (!line.text.includes(')')) continue;
    for (let j = index + 1; j <= i; j++) pieces.push(lines[j]!.source.text.trim());
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
export function readConditions(lines: ReadLine[]): Condition[] {
  const byOrdinal = new Map<number, { heading: string; body: ReadLine[]; headingLines: number[]; page: number | null }>();
  let current: { body: ReadLine[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = line.condition;
    if (!found) {
      current?.body.push(line);
      continue;
    }
    const { heading, next } = readHeadingText(lines, i, found.rest);
    const existing = byOrdinal.get(found.ordinal);
    const headingLines = lines.slice(i, next).map((l) => l.source.line);
    if (existing) {
      existing.headingLines.push(...headingLines);
      current = existing;
    } else {
      const created = { heading, body: [] as ReadLine[], headingLines, page: line.source.page };
      byOrdinal.set(found.ordinal, created);
      current = created;
    }
    i = next - 1;
  }
  return [...byOrdinal.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ordinal, c]) => {
      const body = c.body.filter((l) => l.text !== '');
      return {
        ordinal,
        heading: c.heading,
        text: body.map((l) => l.text).join(' '),
        source: { lines: [...c.headingLines, ...body.map((l) => l.source.line)], page: c.page },
      };
    });
}
