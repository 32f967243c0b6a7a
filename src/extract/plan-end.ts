import { hasTable, readProjectHeading, titlesAlike, type ProjectHeading } from './headings.js';
import type { PageNoise } from './noise.js';
import type { ReadLines } from './read-line.js';

/** "ALLEGATO B – VERIFICA DEI PROGETTI DELL'ANNO 2015", "Allegato 2": an annex's heading, on a line of its own. */
const ANNEX_HEADING = /^allegato\s+(?:[a-z]|\d{1,2})\b/i;
const A = 0x61;

/**
 * Where the plan ends, as an index into the lines: at an annex's heading, after a project's own
 * staff table, whose first project heading starts the numbering again with a project the plan
 * does not have ("ALLEGATO B – VERIFICA E LIQUIDAZIONE DEI PROGETTI DELL'ANNO 2015" / "Progetto
 * n. 1 – Rilevazione della soddisfazione dell'utenza (anno 2015)"): the last year's projects, or a
 * report on them, sent with the plan. Not an annex that gives the plan's own projects again
 * (their tables under their headings, "ALLEGATO B – PROSPETTO DI QUANTIFICAZIONE DELLE RISORSE").
 * The lines' length where there is none.
 */
export function planEnd(lines: ReadLines, headings: ProjectHeading[], noise: PageNoise): number {
  let project = -1;
  for (let k = 0; k < lines.length; k++) {
    while (project + 1 < headings.length && headings[project + 1]!.index < k) project++;
    // Most lines start with another letter than "a": looked at before the pattern.
    if (project < 0 || (lines.text(k).charCodeAt(0) | 0x20) !== A || !ANNEX_HEADING.test(lines.text(k)) || noise.isFurniture(lines, k)) continue;
    const opened = headings[project]!;
    if (!hasTable(lines, opened.index + 1, k)) continue;
    const next = nextHeading(lines, k + 1);
    if (!next || next.number > opened.number || conditionBetween(lines, k + 1, next.index)) continue;
    if (!headings.some((h) => h.index < k && h.number === next.number && titlesAlike(h.titleStart, next.titleStart))) return k;
  }
  return lines.length;
}

/**
 * A condition's heading between an annex's heading and the next project's: the project above goes
 * on ("Allegato A alla deliberazione n. 12" at a page's top, then "Sesta condizione"), no annex.
 */
function conditionBetween(lines: ReadLines, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines.condition(k) !== null) return true;
  return false;
}

/** The first line from `from` on read as a project's heading, whatever its number. */
function nextHeading(lines: ReadLines, from: number): ProjectHeading | null {
  for (let k = from; k < lines.length; k++) if (lines.opensProject(k)) return readProjectHeading(lines.source(k), k, lines.text(k));
  return null;
}
