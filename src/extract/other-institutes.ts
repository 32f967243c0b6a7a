import type { ReadLines } from './read-line.js';
import { opensStaffTable, readTableHeader } from './table-header.js';

/**
 * "PROSPETTO DEL LAVORO STRAORDINARIO AUTORIZZATO – ANNO 2016", "Prospetto delle indennità di
 * turno", "ALLEGATO B – LAVORO STRAORDINARIO PER LE CONSULTAZIONI ELETTORALI", "PROSPETTO DELLE
 * ORE DI LAVORO" / "STRAORDINARIO AUTORIZZATE", "INDENNITÀ DI TURNO E PRESTAZIONI DI LAVORO
 * STRAORDINARIO": the caption of a table of another of the fund's uses, paid by the hour too,
 * whose rows (a cost, hours, an amount) read like a staff table; or of the fund's own sources
 * ("COSTITUZIONE DEL FONDO PER LE RISORSE DECENTRATE – ANNO 2011", under columns such as "CAT.
 * COSTO ORARIO ORE IMPORTO"). It starts as a caption does, or with the use's name, and names the
 * use in its first two lines. Not a note ("N.B.: … ORE DI STRAORDINARIO"), a group of the
 * project's own staff ("PERSONALE IN TURNAZIONE SERALE"), nor a staff row's label.
 */
const CAPTION_START =
  /^(?:prospetto|tabella|programmazione|ripartizione|quadro|elenco|riepilogo|piano|allegato\s+(?:[a-z]|\d{1,2})\b|indennit|lavoro\s+straordinario|prestazioni|reperibilit|turnazion|costituzione)/i;
const OTHER_INSTITUTE =
  /\b(?:lavoro\s+straordinario|prestazioni\s+(?:di\s+lavoro\s+)?straordinarie|ore\s+(?:di\s+)?(?:lavoro\s+)?straordinari[oe]|indennit(?:à|a'?)\s+di\s+(?:turno|reperibilit|rischio|disagio|maneggio)|reperibilit(?:à|a'?)|turnazion[ei]|costituzione\s+del\s+fondo)/i;
/** A caption names no amount with cents: a line that does is a row or a sentence. */
const CENTS = /\d,\d\d\b/;

/**
 * The index of the first caption of another of the fund's uses among the lines from `from` up to
 * `to` (exclusive) that comes after a staff table's header, or -1: a project ends there, and its
 * tables are none of the project's (a plan sent with the year's overtime, as one document).
 */
export function otherInstituteCaption(lines: ReadLines, from: number, to: number): number {
  // A caption is rare and a table's header costly to look for: the header is looked for only
  // before a line that reads as a caption, and each line at most once.
  let headerSought = from;
  for (let k = from; k < to && k < lines.length; k++) {
    const text = lines.text(k);
    if (text === '' || !CAPTION_START.test(text) || CENTS.test(text) || !namesOtherInstitute(lines, k, to)) continue;
    while (headerSought < k && (lines.text(headerSought) === '' || !opensStaffTable(lines, headerSought))) headerSought++;
    if (headerSought === k) continue;
    // "PROSPETTO DELLE ORE DI LAVORO" has a header's words, but is no table's header.
    if (!lines.opensProject(k) && readTableHeader(lines, k) === null) return k;
  }
  return -1;
}

/** The caption at line `k`, or it and the next line, name another use of the fund. */
function namesOtherInstitute(lines: ReadLines, k: number, to: number): boolean {
  if (OTHER_INSTITUTE.test(lines.text(k))) return true;
  return k + 1 < to && k + 1 < lines.length && OTHER_INSTITUTE.test(`${lines.text(k)} ${lines.text(k + 1)}`);
}
