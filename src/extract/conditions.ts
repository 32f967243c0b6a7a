import type { Condition } from '../model.js';
import type { ReadLines } from './read-line.js';
import { readConditionHeading } from './headings.js';
import { collapseSpace } from './text.js';

/** How many lines a parenthesised heading may run over before its ")" is given up on. */
const MAX_HEADING_LINES = 3;

interface HeadingText {
  heading: string;
  /** The condition's text that starts on the heading's last line, after it; '' when none does. */
  textStart: string;
  /** Index of the first line after the heading. */
  next: number;
}

/**
 * The heading after "… condizione": "(…)" possibly over lines, or the rest of the line; and the
 * text after it on its line: after the ")", after a colon ("Miglioramento dei servizi: Il
 * progetto …"), or after a tab or a wide gap (a table of two columns taken out as text).
 */
function readHeadingText(lines: ReadLines, index: number, rest: string): HeadingText {
  const open = rest.match(/^\(\s*(.*)$/);
  if (!open) return splitOnLine(lines.source(index).text, rest, index);
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
  const joined = pieces.join(' ');
  const close = joined.indexOf(')');
  const heading = collapseSpace(close < 0 ? joined : joined.slice(0, close));
  const textStart = close < 0 ? '' : collapseSpace(joined.slice(close + 1)).replace(LEADING_MARK, '');
  return { heading, textStart, next };
}

function splitOnLine(printed: string, rest: string, index: number): HeadingText {
  const gap = WIDE_GAP.test(printed.trim()) ? printed.trim().split(WIDE_GAP) : [];
  const after = gap.length === 2 ? collapseSpace(gap[1]!) : '';
  if (after !== '' && rest.length > after.length && rest.endsWith(after)) {
    return { heading: rest.slice(0, rest.length - after.length).replace(TRAILING_MARKS, ''), textStart: after, next: index + 1 };
  }
  const colon = TEXT_AFTER_COLON.exec(rest);
  if (colon) return { heading: rest.slice(0, colon.index), textStart: rest.slice(colon.index + colon[0].length), next: index + 1 };
  return { heading: rest.replace(TRAILING_MARKS, ''), textStart: '', next: index + 1 };
}

const TRAILING_MARKS = /[:.\s]+$/;
const LEADING_MARK = /^[:.–—-]\s*/;
/** A tab, or a gap of three spaces or more: the cells of a table of two columns. */
const WIDE_GAP = /\t+|\s{3,}/;
/** A colon after the heading's words, then a sentence that starts with a capital. */
const TEXT_AFTER_COLON = /:\s+(?=\p{Lu})/u;

/**
 * Reads the seven conditions of a project from its lines: each heading starts a condition whose
 * text runs to the next heading. A heading repeated later continues its condition.
 */
export function readConditions(lines: ReadLines, isFurniture: (index: number) => boolean = () => false): Condition[] {
  const headed = readHeadedConditions(lines);
  return headed.length > 0 ? headed : readConditionsInProse(lines, isFurniture);
}

function readHeadedConditions(lines: ReadLines): Condition[] {
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
    const { heading, textStart, next } = readHeadingText(lines, i, found.rest);
    let draft = byOrdinal.get(found.ordinal);
    if (!draft) byOrdinal.set(found.ordinal, (draft = { heading, texts: [], headingLines: [], bodyLines: [], page: lines.source(i).page }));
    if (textStart !== '') draft.texts.push(textStart);
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

/**
 * "Il progetto soddisfa le condizioni …, in quanto: 1) miglioramento quali-quantitativo dei
 * servizi: …; 2) concreti risultati, …": the conditions as numbered items of one paragraph, each
 * its number and its condition's name, read where no condition has a heading of its own line;
 * only a paragraph with most of the seven, in their order.
 */
function readConditionsInProse(lines: ReadLines, isFurniture: (index: number) => boolean): Condition[] {
  for (let start = 0; start < lines.length; start++) {
    if (lines.text(start) === '' || !INLINE_ITEM_HINT.test(lines.text(start))) continue;
    let from = start;
    while (from > 0 && lines.text(from - 1) !== '') from--;
    const paragraph = paragraphFrom(lines, from, isFurniture);
    const conditions = conditionsOfParagraph(lines, paragraph);
    if (conditions.length >= MIN_CONDITIONS_IN_PROSE) return conditions;
    start = Math.max(start, paragraph.at(-1) ?? start);
  }
  return [];
}

/** The lines of the paragraph that starts at `from`, over a page's break: its footer and header, and the blank lines beside them, left out. */
function paragraphFrom(lines: ReadLines, from: number, isFurniture: (index: number) => boolean): number[] {
  const paragraph: number[] = [];
  for (let i = from; i < lines.length; i++) {
    if (lines.text(i) !== '' && !isFurniture(i)) {
      paragraph.push(i);
      continue;
    }
    let next = i;
    let furniture = false;
    for (; next < lines.length && (lines.text(next) === '' || isFurniture(next)); next++) {
      if (isFurniture(next)) furniture = true;
    }
    if (!furniture || next === lines.length) break;
    i = next - 1;
  }
  return paragraph;
}

const INLINE_ITEM_HINT = /[1-7]\)/;
const INLINE_ITEM = /(?<=^|[\s;:.,])([1-7])\)\s+/g;
const MIN_CONDITIONS_IN_PROSE = 5;

function conditionsOfParagraph(lines: ReadLines, paragraph: number[]): Condition[] {
  let text = '';
  const starts: number[] = [];
  for (const i of paragraph) {
    starts.push(text.length);
    text += `${lines.text(i)} `;
  }
  const items: Array<{ ordinal: number; at: number; textAt: number }> = [];
  for (const item of text.matchAll(INLINE_ITEM)) {
    const ordinal = Number(item[1]);
    const last = items.at(-1)?.ordinal ?? 0;
    if (ordinal <= last || readConditionHeading(text.slice(item.index))?.ordinal !== ordinal) continue;
    items.push({ ordinal, at: item.index, textAt: item.index + item[0].length });
  }
  const lineAt = (offset: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= offset) k++;
    return k;
  };
  return items.map(({ ordinal, at, textAt }, k) => {
    const end = items[k + 1]?.at ?? text.length;
    const item = text.slice(textAt, end).trim().replace(ITEM_END, '');
    const colon = item.indexOf(':');
    const [first, last] = [lineAt(at), lineAt(Math.max(at, end - 1))];
    const source = { lines: paragraph.slice(first, last + 1).map((i) => lines.source(i).line), page: lines.source(paragraph[first]!).page };
    return { ordinal, heading: colon < 0 ? item : item.slice(0, colon), text: colon < 0 ? '' : item.slice(colon + 1).trim(), source };
  });
}

/** "…;", "… e": what ends an item before the next one's number. */
const ITEM_END = /\s*(?:[;,]|\be\b)?\s*$/;
