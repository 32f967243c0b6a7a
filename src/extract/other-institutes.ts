import type { ReadLines } from './read-line.js';
import { readTableHeader } from './table-header.js';

/**
 * "PROSPETTO DEL LAVORO STRAORDINARIO AUTORIZZATO – ANNO 2016", "PROSPETTO DELLE INDENNITÀ DI
 * TURNO", "ALLEGATO B – LAVORO STRAORDINARIO PER LE CONSULTAZIONI ELETTORALI": a caption in
 * capitals naming another of the fund's uses, paid by the hour too, whose tables (a cost, hours,
 * an amount) read like a staff table. Not "APERTURA STRAORDINARIA DEGLI UFFICI", a project's theme.
 */
const OTHER_INSTITUTE =
  /\b(?:LAVORO\s+STRAORDINARIO|PRESTAZIONI\s+(?:DI\s+LAVORO\s+)?STRAORDINARIE|ORE\s+(?:DI\s+)?STRAORDINARIO|INDENNIT(?:À|A'?)\s+DI\s+(?:TURNO|REPERIBILIT|RISCHIO|DISAGIO|MANEGGIO)|REPERIBILIT(?:À|A'?)|TURNAZION[EI])/;
const LOWER_CASE = /\p{Ll}/u;

/**
 * The index of the first caption of another of the fund's uses among the lines from `from` up to
 * `to` (exclusive) that comes after a staff table's header, or -1: a project ends there, and its
 * tables are none of the project's (a plan sent with the year's overtime, as one document).
 */
export function otherInstituteCaption(lines: ReadLines, from: number, to: number): number {
  let tableSeen = false;
  for (let k = from; k < to && k < lines.length; k++) {
    const text = lines.text(k);
    if (text === '') continue;
    if (!tableSeen) {
      tableSeen = lines.headerPiece(k) && readTableHeader(lines, k) !== null;
      continue;
    }
    if (!LOWER_CASE.test(text) && OTHER_INSTITUTE.test(text) && !lines.headerPiece(k) && !lines.opensProject(k)) return k;
  }
  return -1;
}
