import { hasTable, type ProjectHeading } from './headings.js';
import type { ReadLines } from './read-line.js';

/** How far the conditions must have gone before they start again: below it, a summary's list of them may be what restarts, not another project. */
const FURTHEST_BEFORE_RESTART = 5;
const MAX_TITLE_LINES = 3;

/**
 * The headings with those of projects whose own heading was not read ("Prgtto Nr 2 – …", a scan's;
 * a title alone): where the numbering skips one number (1, then 3) and the project before holds,
 * after its conditions up to the fifth or further and a staff table, its conditions starting again
 * with another staff table. The skipped project starts at the paragraph right above the second
 * project's first section (its description, or the list of its conditions), set apart by a blank
 * line; its title is that paragraph, without what is left of a heading before the number. Where no
 * blank line sets the paragraph apart, nothing is added.
 */
export function withUnreadHeadings(lines: ReadLines, headings: ProjectHeading[], end: number): ProjectHeading[] {
  const found: ProjectHeading[] = [];
  headings.forEach((heading, i) => {
    found.push(heading);
    const next = headings[i + 1];
    if (!next || next.number !== heading.number + 2) return;
    const unread = unreadHeading(lines, heading, Math.min(next.index, end));
    if (unread) found.push(unread);
  });
  return found;
}

function unreadHeading(lines: ReadLines, before: ProjectHeading, end: number): ProjectHeading | null {
  let lastCondition = -1;
  let furthest = 0;
  for (let k = before.index + 1; k < end; k++) {
    const ordinal = lines.condition(k)?.ordinal;
    if (ordinal === undefined) continue;
    if (ordinal === 1 && furthest >= FURTHEST_BEFORE_RESTART) return restartAt(lines, before, lastCondition, k, end);
    furthest = Math.max(furthest, ordinal);
    lastCondition = k;
  }
  return null;
}

/** The heading of the project whose first condition stands at `restart`, the last condition of the project before at `lastCondition`. */
function restartAt(lines: ReadLines, before: ProjectHeading, lastCondition: number, restart: number, end: number): ProjectHeading | null {
  if (!hasTable(lines, before.index + 1, restart) || !hasTable(lines, restart, end)) return null;
  let section = restart;
  for (let k = lastCondition + 1; k < restart; k++) {
    if (lines.sectionMarker(k) && !lines.condition(k)) {
      section = k;
      break;
    }
  }
  let last = section - 1;
  while (last > lastCondition && lines.text(last) === '') last--;
  let first = last;
  while (first - 1 > lastCondition && lines.text(first - 1) !== '' && last - first + 1 < MAX_TITLE_LINES) first--;
  if (first <= lastCondition + 1 || lines.text(first - 1) !== '' || lines.text(first) === '') return null;
  const number = before.number + 1;
  const text = lines.text(first);
  const printed = LEFT_OF_HEADING.exec(text);
  const titleStart = printed && Number(printed[1]) === number ? text.slice(printed[0].length) : text;
  return { number, titleStart, line: lines.source(first), index: first, weak: false, word: null, unread: true };
}

/** "Prgtto Nr 2 – ", "Frssetto n. 2: ": what a scan left of a heading's word and mark before the number, then the dash. Group: the number. */
const LEFT_OF_HEADING = /^\S{1,12}\s+(?:n[°º.r]*\s*)?(\d{1,3})\s*[-–—:.]\s+/i;
