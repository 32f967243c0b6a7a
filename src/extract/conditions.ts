import type { Condition, SourceLine } from '../model.js';
import { readConditionHeading } from './headings.js';
import { isBlank, joinLines } from './text.js';

/** How many lines a parenthesised heading may run over before its ")" is given up on. */
const MAX_HEADING_LINES = 3;

interface HeadingText {
  heading: string;
  /** Index of the first line after the heading. */
  next: number;
}

/** The heading after "… condizione": "(…)" possibly over lines, or the rest of the line. */
function readHeadingText(lines: SourceLine[], index: number, rest: string): HeadingText {
  const open = rest.match(/^\(\s*(.*)$/);
  if (!open) return { heading: rest.replace(/[:.\s]+$/, ''), next: index + 1 };
  const pieces = [open[1] ?? ''];
  let next = index + 1;
  let closed = pieces[0]!.includes(')');
  for (let i = index + 1; !closed && i < lines.length && i <= index + MAX_HEADING_LINES; i++) {
    const line = lines[i]!;
    if (isBlank(line) || readConditionHeading(line)) break;
    if (!line.text.includes(')')) continue;
    for (let j = index + 1; j <= i; j++) pieces.push(lines[j]!.text.trim());
    next = i + 1;
    closed = true;
  }
  const heading = pieces.join(' ').replace(/\).*$/, '').replace(/\s+/g, ' ').trim();
  return { heading, next };
}

/**
 * Reads the seven conditions of a project from its lines: each heading starts a condition whose
 * text runs to the next heading. A heading repeated later continues its condition.
 */
export function readConditions(lines: SourceLine[]): Condition[] {
  const byOrdinal = new Map<number, { heading: string; body: SourceLine[]; headingLines: number[]; page: number | null }>();
  let current: { body: SourceLine[] } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const found = readConditionHeading(line);
    if (!found) {
      current?.body.push(line);
      continue;
    }
    const { heading, next } = readHeadingText(lines, i, found.rest);
    const existing = byOrdinal.get(found.ordinal);
    const headingLines = lines.slice(i, next).map((l) => l.line);
    if (existing) {
      existing.headingLines.push(...headingLines);
      current = existing;
    } else {
      const created = { heading, body: [] as SourceLine[], headingLines, page: line.page };
      byOrdinal.set(found.ordinal, created);
      current = created;
    }
    i = next - 1;
  }
  return [...byOrdinal.entries()]
    .sort(([a], [b]) => a - b)
    .map(([ordinal, c]) => ({
      ordinal,
      heading: c.heading,
      text: joinLines(c.body),
      source: { lines: [...c.headingLines, ...c.body.filter((l) => !isBlank(l)).map((l) => l.line)], page: c.page },
    }));
}
