/**
 * Hyphenation: whether a hyphen that ends a line only breaks a word ("censi-" / "mento") or is the
 * word's own ("quali-" / "quantitativo").
 */

/** A line's last word broken by a hyphen: its letters, lower case but perhaps the first. Groups: the piece. */
const BROKEN_PIECE = /(?:^|[^\p{L}])(\p{L}\p{Ll}+)-$/u;
/** A continuation in lower case. */
const LOWER_CASE_START = /^\p{Ll}/u;
/**
 * The first elements of the compounds the plans write with a hyphen ("quali-quantitativo",
 * "socio-sanitario", "ex-dipendenti") that are no adjective whole. Italian writes most prefixes
 * without one ("anticorruzione", "ecosostenibile"), and "anti-" / "cipazione", "eco-" / "nomico" are
 * breaks: only these keep theirs.
 */
const COMPOUND_FIRSTS = new Set(['quali', 'quanti', 'socio', 'ex']);
/**
 * "tecnico-", "amministrativo-", "sanitario-": an adjective whole in the masculine, as the first of
 * a compound is whatever the second ("tecnico-amministrativa"); "semplifica-" / "zione" and
 * "attiva-" / "zione" are breaks.
 */
const COMPOUND_ADJECTIVE = /(?:ic|iv|ari)o$/;

/**
 * True where `line` ends on a word that a line's end broke with a hyphen, no word's own, and
 * `next` carries it on: the next line starts in lower case and the piece is no first element of a
 * compound written with one. Where it is ("quali-" / "quantitativo") or the case tells nothing
 * ("socio-" / "Sanitari", "POTEN-" / "ZIAMENTO"), the hyphen is kept as printed.
 */
export function breaksWord(line: string, next: string): boolean {
  const piece = BROKEN_PIECE.exec(line.trimEnd())?.[1]?.toLowerCase();
  if (piece === undefined || !LOWER_CASE_START.test(next.trimStart())) return false;
  return !COMPOUND_FIRSTS.has(piece) && !COMPOUND_ADJECTIVE.test(piece);
}
