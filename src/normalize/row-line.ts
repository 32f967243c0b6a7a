import type { Amount } from '../model.js';
import { isPageNumber } from '../extract/noise.js';
import { columnsNamed, isHeaderPiece } from '../extract/table-header.js';
import { LATIN_LETTERS, placesDiffering } from '../extract/text.js';
import { EMPTY_CELL as DASH, OVERFLOWED_CELL } from './cells.js';
import { FOOTNOTE_MARKS, parseItalianNumber } from './numbers.js';
import { arithmeticHolds } from './row-arithmetic.js';

/** What one line inside a table region is, read on its own. */
export type LineKind =
  | { kind: 'blank' }
  | { kind: 'total'; numbers: string[]; label: string }
  | { kind: 'unread-total' }
  | { kind: 'header' }
  | { kind: 'page-number' }
  | { kind: 'row-start'; label: string; grade: string | null; numbers: string[] }
  | { kind: 'numbers'; numbers: string[] }
  | { kind: 'text' };

const GRADE_AT_START = /^([A-Da-d])(?:\s|\.\s?)?([1-9])(?![\d,.])\s*(.*)$/;
/**
 * "C317,10 300 …", "1 D320,30 …", "Collaboratore DS523,10 …": a grade code glued to the hourly cost
 * after it, or to the hours before the cost ("D3100 22,97 …"); no grade has two digits.
 */
/**
 * The area and the economic band ("fascia") the ministries' and national agencies' contracts grade
 * staff by: "II F3", "III-F1", "A2-F3", "A3/F1", "Area 2 F3", "Area III F1".
 */
const AREA_AND_BAND = String.raw`(?:(?:Area|AREA)\s+(?:[1-4]|I{1,3}|IV)|A[1-4]|I{1,3}|IV)\s?[-/]?\s?F\s?[1-7]`;
const GRADE_GLUED_TO_COST = new RegExp(String.raw`(^|\s)((?:[A-D][sS]?|EP|PL[A-C])[1-7]|${AREA_AND_BAND})(\d{2},\d{2,4}\s|\d{2,4}(?=\s+\d{1,2},\d{2}))`);
/**
 * A grade code ("C3", the health sector's "DS5" and "D fascia 3", the universities' "EP1", local
 * police's "PLA3"); not a former one ("ex B3"), nor the legal category named as such ("D5 (D3 giur.)").
 */
const GRADE_IN_LABEL = /\b(EX\s+)?(EP|PL[A-C]|[A-D]S?)(?:\s|\.\s?|-|\/|\s?FASCIA\s?|\s?(?:POS\.?\s?)?(?:EC\.?\s?)?)?([1-9])\b(?!\.?\s*GIUR)/g;
const AREA_AND_BAND_IN_LABEL = new RegExp(String.raw`(?<![\p{L}\d])${AREA_AND_BAND}(?!\d)`, 'gu');
/**
 * "Infermiere D", "Russo Maria Bs", "Assistente amministrativo cat. C", "Funzionario EP": the health
 * sector's category (A, B, Bs, C, D, Ds) or the universities' EP without a band, last after a word;
 * not a person's initial ("Rossi M.").
 */
const CATEGORY_AT_END = /(?<=\p{L}{2,}\.?\s+)(?:[A-D]|[BD][sS]|EP)$/u;
/**
 * "Totale", "Tot.", "Subtotale", "Totale (€)", words after them ("Totale Ufficio Anagrafe"); and, with only
 * figures after them, "Totali", "Sommano", "Somma", "Complessivo", "Complessivamente", "Parziale", "Importo totale", "Importo complessivo (del progetto)", "Ammontare complessivo", "Risultato
 * totale", "Quota da destinare al fondo"; and cut short by a spreadsheet's narrow cell, "Tota", "Tot", "SOMM". Not a total of all the projects ("Importo totale stanziato per
 * tutti i progetti"). In Latin letters, not `\p{L}` with `/u`, which V8 is slow to compile.
 */
const TOTAL_LABEL =
  /^(?:(?:(?:sub[-\s]?)?totale?|tot\.)(?![a-zªºà-öø-ɏ])|(?:totali|(?:tota|tot|somm[ae]?)(?=[\s:€])|sommano|complessivo|complessivamente|parziale|(?:importo|risultato|ammontare) (?:totale|complessivo)(?: (?:del )?progetto)?|(?:quota|importo|somma)(?:\s+[a-zªºà-öø-ɏ]+){0,3}\s+(?:al|del|nel)\s+fondo)(?=[\s:€.()]*(?:euro\b)?[\s€]*\d[\d.,'’\s€%]*$))(?!.*\bprogetti\b)[\s:€.()]*(?:euro\b)?\s*(.*)$/i;
/** "Totlae", "Toatle": the letters of "totale" typed in another order. */
const TOTALE_LETTERS = 'aelott';
/** "G.B. ", "M. R. ", "GB. ": initials before a word that may be "totale", the last with its stop ("TOTALE" itself has none). */
const INITIALS_BEFORE_TOTAL = /^(?:[A-Z]\.?\s?){0,2}[A-Z]\.\s*(?=[Tt1])/;
/** "T0TALE", "Tota1e", "101ALE", "© 1U1ALE", "“TOTALE", "T o t a l e": a nought or a U for the O, a 1 for the l or a T, a space between letters, a speck before. */
const SCANNED_TOTALE = /^(?:[©®@°*'‘’"“”|]{1,2} ?)?[t1] ?[o0u] ?[t1] ?a ?[l1] ?e(?![\p{L}\d])/iu;
const AMOUNT_IN_WORDS = /\([^()]*\p{L}[^()]*\)/gu;
/** A cell's token; ".795,00" is a figure's tail a scan's space set apart ("1 .795,00"), which only the row's arithmetic may join to its head. */
const NUMBER_TOKEN = /^(?:(?:(?:€\.?|h\.|(?:€|euro)?\/(?:h|ora))?\d[\d.,'’]*|\.\d{3}(?:,\d+)?)(?:,[-–—]{1,2})?(?:%|€|(?:€|euro)?\/(?:h|ora)|h|ore)?=?|\d{1,4}:[0-5]\d|%|€\.?|euro|eur|(?:€|euro)?\/(?:h|ora)|ore\.?|h\.?|=|[-–—]|#{2,}|[x×])$/i;
/** A unit printed after a number ("200 ore", "200 h", "h. 60", "21,40 €/h", "21,40 euro/ora"): it says nothing the column does not. */
const UNIT = /^(?:ore\.?|h\.?|(?:€|euro)?\/(?:h|ora))$/i;
/** The euro written out or with a stop ("331,95 euro", "€. 21,40"), and "=" closing an amount (the "€ 1.618,40=" of old typewritten plans). */
const CURRENCY_OR_CLOSE = /^(?:€\.?|euro|eur|=)$/i;
/** "18,90 x 60 = 1.134,00 x 20% = 226,80": a row written as its sum, the times sign between two figures. */
const TIMES = /^[x×]$/i;
/** "–" alone in a cell: the cell left empty, a token of its own ({@link DASH}) that says which. */
const EMPTY_CELL = /^[-–—]$/;
/** "###": a spreadsheet's cell too narrow for its number ({@link OVERFLOWED_CELL}). */
const OVERFLOWED = /^#{2,}$/;
/** A note's mark after a figure, or alone after it: "17,05*", "238,20 (*)", "341,00 (2)", "341,00 (a)". */
const NOTE_MARKS = /(?<=\d)\*+|(?<=^|\s)\*+(?=\s|$)|(?<=^|\s)\(\s*(?:\*+|\d|[a-z])\s*\)(?=\s|$)/gi;
/** "20°/o": a percent sign as a scan's text gives it; "°" alone between figures: a speck. */
const STRAY_MARKS = /(?<=\d) ?°\/[o0]|(?<=^|\s)°(?=\s|$)/g;

function withoutStrayMarks(text: string): string {
  return text.includes('°') ? text.replace(STRAY_MARKS, (mark) => (mark.includes('/') ? '%' : ' ')) : text;
}
/** "25%1.320,00": a percentage glued to the result after it. */
const PERCENT_GLUED = /%(?=\d)/g;
/** "21,40/h", "21,40€/ora", "350h", "350ore", "h.75", "€/h19,35": a rate's or the hours' unit glued to the figure. */
const GLUED_UNIT = /(?:€|euro)?\/(?:h|ora)$|(?<=\d)(?:h|ore)$|^(?:h\.|(?:€|euro)?\/(?:h|ora))(?=\d)/i;

/**
 * Splits the numeric part of a row into cell tokens: "€" alone, units after a number ("ore") and
 * footnote and notes' marks ("273,60³", "17,05*", "238,20 (*)") are dropped, a lone "%" joins the number before it ("20 %" → "20%"),
 * a number glued after a "%" is a cell of its own ("25%1.320,00").
 * Returns null when a token is not a number.
 */
export function numericTokens(text: string): string[] | null {
  const tokens: string[] = [];
  const unmarked = withoutStrayMarks(text.replace(FOOTNOTE_MARKS, ''));
  const parts = (unmarked.includes('*') || unmarked.includes('(') ? unmarked.replace(NOTE_MARKS, '') : unmarked).replace(PERCENT_GLUED, '% ').trim().split(/\s+/);
  for (const token of parts) {
    if (token === '') continue;
    if (!NUMBER_TOKEN.test(token)) return null;
    const first = token.charCodeAt(0);
    // Most tokens are figures: only a token that starts otherwise can be a dash, a currency or a unit.
    if (first < 48 || first > 57) {
      if (EMPTY_CELL.test(token)) {
        tokens.push(DASH);
        continue;
      }
      if (OVERFLOWED.test(token)) {
        tokens.push(OVERFLOWED_CELL);
        continue;
      }
      // "€/h 19,35", "h. 60": a unit before the figure, as after it, unless it is all the line holds.
      if (CURRENCY_OR_CLOSE.test(token) || (UNIT.test(token) && (tokens.length > 0 || parts.length > 1))) continue;
      if (TIMES.test(token)) {
        if (tokens.length === 0) return null;
        continue;
      }
    }
    if (token === '%') {
      if (tokens.length === 0) return null;
      tokens[tokens.length - 1] += '%';
      continue;
    }
    tokens.push(withoutCurrencyAndStop(token.replace(GLUED_UNIT, '')));
  }
  return tokens[0] === DASH && tokens.every((t) => t === DASH) && ONLY_DASHES.test(text) ? null : tokens;
}

const ONLY_DASHES = /^\s*[-–—][-–—\s]*$/;
/** "1.740,-", "2.130,--": whole euros, the cents' place struck through. */
const WHOLE_EUROS_DASH = '-–—';

/**
 * "€34,20" → "34,20", "€.34,20" → "34,20", "34,20€" → "34,20", "200," → "200", "1.618,40=" →
 * "1.618,40", "2.385,-" → "2.385": a currency sign before or after a number, a stop, "=" or the
 * dashes of whole euros after it.
 */
function withoutCurrencyAndStop(token: string): string {
  const start = token.startsWith('€.') ? 2 : token.startsWith('€') ? 1 : 0;
  let end = token.length;
  if (token.charAt(end - 1) === '=') end--;
  while (end > start && WHOLE_EUROS_DASH.includes(token.charAt(end - 1))) end--;
  if (end > start && token.charAt(end - 1) === '€') end--;
  const last = token.charAt(end - 1);
  if (end > start && (last === '.' || last === ',')) end--;
  return start === 0 && end === token.length ? token : token.slice(start, end);
}

/**
 * The grade code of a label, "C 3" written "C3"; null when the label has none. Of two codes, the
 * last: "C1 C3", "cat. D1 pos. ec. D3" give the legal category, then the economic position,
 * which the hourly cost follows. A former grade ("B4 (ex B3)") is not the row's, unless it is the
 * only code: "Istruttore (ex C2)", an area of the 2022 contracts with the position its cost follows.
 * An area and its band are one code, as printed without spaces ("Rossi Anna II F3" → "IIF3",
 * "A2-F3", not "A2"); a health category without a band ("Infermiere D") is one too.
 */
export function gradeOf(label: string): string | null {
  const band = [...label.matchAll(AREA_AND_BAND_IN_LABEL)].at(-1);
  if (band) return band[0].replace(/\s+/g, '').toUpperCase();
  let last: RegExpExecArray | null = null;
  let former: RegExpExecArray | null = null;
  for (const match of label.toUpperCase().matchAll(GRADE_IN_LABEL)) {
    if (match[1] === undefined) last = match;
    else former = match;
  }
  const code = last ?? former;
  if (code) return code[2] === 'DS' ? (areaWithDifferential(label, code) ?? `DS${code[3]}`) : `${code[2]}${code[3]}`;
  return AREA_AFTER_NAME.exec(label)?.[1] ?? CATEGORY_AT_END.exec(label)?.[0].toUpperCase() ?? null;
}

/**
 * "Istruttore DS1", "Funzionario EQ – DS2", "Op. esperto DS1": a differential of the 2022 contracts
 * after its area, which ranks only within the area (a health category "Ds3" stands alone): the
 * area as printed with it ("Istruttore DS1"); null where no area's name comes before it.
 */
function areaWithDifferential(label: string, code: RegExpExecArray): string | null {
  const area = [...label.slice(0, code.index).matchAll(AREA_NAME)].at(-1);
  return area ? `${area[0]} DS${code[3]}` : null;
}

/** The areas of the 2022 contracts, in full: "Operatore esperto", "Istruttore", "Funzionario EQ", "Elevata Qualificazione". */
const AREAS = String.raw`Operator[ei](?:\s+espert[oi])?|Istruttor[ei]|Funzionari[o]?(?:\s+(?:e\s+|ed\s+)?(?:EQ|E\.Q\.|Elevata\s+Qualificazione))?|Elevata\s+Qualificazione`;
/** An area's name, abbreviated too ("Op. esp.", "Istr.", "Funz. EQ"); the longer forms first, so that each is found whole. */
const AREA_NAME = new RegExp(String.raw`(?<!\p{L})(?:Istruttor[ei]\s+direttiv[oi]|Op\.\s*esp(?:\.|ert[oi])|Istr\.|Funz\.(?:\s*EQ)?|${AREAS})(?!\p{L})`, 'giu');

/**
 * "Cl", "DI", "Istruttore Dl": a grade code whose digit 1 a scan read as the letter l or I, alone
 * in the label or last after a word in lower case ("ROSSI DI" is a name): the code it stands for
 * ("C1", "D1"); so too "DI1", the digit read twice, as a letter and as itself. In a row read by OCR
 * also "Ci" and "‘Bi", an i for the 1 and a speck read as a quote before the code; in a text a
 * typist's "Ci" stays as printed. Null for any other label.
 */
export function gradeWithOneMisread(label: string, scanned: boolean): string | null {
  const code = (scanned ? ONE_SCANNED_AS_LETTER : ONE_READ_AS_LETTER).exec(label);
  return code ? `${code[1]}1` : null;
}

const ONE_READ_AS_LETTER = /^(?:.*\p{Ll}.*\s)?([A-D])[lI]1?$/u;
const ONE_SCANNED_AS_LETTER = /^(?:.*\p{Ll}.*\s)?[‘’'`]?([A-D])[lIi]1?$/u;

/**
 * "D3 Bianchi Laura" / "21,40 120 2.568,00 20 513,60": a label set above its values that opens with
 * a grade code and goes on in words, a person's name, as a row's line does ("D3 Bianchi Laura 21,40
 * …", "D3 – Bianchi Laura"): the code ("D3"); null when the label does not open with one ("Istruttore direttivo", "Dott.
 * Rossi") or a figure follows the code ("D3 2 unità").
 */
export function gradeOpeningLabel(label: string): string | null {
  const graded = GRADE_AT_START.exec(label);
  if (!graded || !LABEL_WORDS.test(graded[3] ?? '')) return null;
  return `${graded[1]!.toUpperCase()}${graded[2]}`;
}

/** Words after a grade code, a dash before them or not: a name or a profile, with no figure ("Bianchi Laura", "– De' Rossi A."). */
const LABEL_WORDS = /^(?:[–—-]\s*)?\p{L}[\p{L}\s.'’-]*$/u;

/**
 * "Vitale Ugo   Funzionario", "De Luca A. Operatore esperto": a person's name, then the area the
 * 2022 contracts grade staff by (without a code); the area is the grade, as it is printed alone.
 */
const AREA_AFTER_NAME =
  new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’]*\.?\s+){1,4}((?:${AREAS}|Collaborator[ei]|Assistent[ei]|Elevata\s+Professionalit[àa]))$`, 'u');

/** A row, then the total's label and figures on its line ("… 20 508,50 TOTALE 889,50"): the two texts; else null. */
export function rowThenTotal(text: string): [string, string] | null {
  // Most lines have no total's label: looked for before the pattern, which backtracks.
  if (!TOTAL_WORD.test(text)) return null;
  const parts = TOTAL_AFTER_FIGURES.exec(text);
  if (!parts) return null;
  const row = parts[1]!;
  const total = parts[2]!;
  const kind = classifyLine(row);
  return kind.kind === 'row-start' && kind.numbers.length >= MIN_ROW_FIGURES && classifyLine(total).kind === 'total' ? [row, total] : null;
}

/** The cost, the hours and a result at the least: a row's figures before a total on its line. */
const MIN_ROW_FIGURES = 3;

const TOTAL_WORD = /tot(?:ale|\.)\s/i;
/** "… 20 508,50 TOTALE 889,50", "… 20 652,40Totale 1.425,76" (glued by the extraction). */
const TOTAL_AFTER_FIGURES = /^(.*\d%?)\s*((?:sub[-\s]?)?tot(?:ale|\.)\s.*\d.*)$/i;

/** "(**) di cui 60 ore nel periodo 1.6 – 30.9.2022.", "* personale in part-time": a footnote, its mark first. */
const FOOTNOTE = /^(?:\(\*{1,3}\)|\*{1,3})\s*(?:\d[\d.,]*\s+)?\p{L}/u;
const FOOTNOTE_MARK = /^(?:\(\*{1,3}\)|\*{1,3})\s*/;

/**
 * "Arrotondamento   0,58", "Differenza per arrotondamento  -0,96": the cents a plan adds to its
 * results to print a total to the euro, no staff row; the total is checked against the results
 * alone. An "adjustment" of a euro or more ("Arrotondamento - 7,00") rounds nothing: it is said unread.
 */
export function isRoundingAdjustment(text: string): boolean {
  return ROUNDING_ADJUSTMENT.test(text.trim());
}

const ROUNDING_ADJUSTMENT = /^(?:differenza\s+(?:per\s+|da\s+)?)?arrotondament[oi]\b\D*[-+]?\s*(?:€\s*)?0,\d{1,2}\s*€?$/i;

/** "di cui C1 part-time 17,10 175 2.992,50 20 598,50": a part of the row above, under it, no staff row of its own. */
const PART_OF_ROW_ABOVE = /^\(?di cui\b/i;

/** "(*) C3 17,10 75 1.282,50 20 256,50": a staff row with its mark before the grade, no footnote. */
function isRowAfterMark(text: string): boolean {
  const rest = classifyLine(text.replace(FOOTNOTE_MARK, ''));
  return rest.kind === 'row-start' && rest.grade !== null && rest.numbers.length >= MIN_ROW_VALUES;
}

/**
 * "(a) (b) (c = a x b) (d) (e = c x d / 100)", "(1) (2) (3 = 1 x 2) (4) (5 = 3 x 4)", "(1) (2) (3)
 * (4)=(2)x(3) (5) (6)=(4)x(5)": the columns' letters or numbers (of one digit, as a column's) under
 * the header, and how each is worked out.
 */
const COLUMN_LEGEND = /^(?:(?:\(\s*[a-h](?:\s*=[a-h\d\s.,x×*:/+%-]+|\s*)\)\s*){3,}|(?:\(\s*[1-9](?:\s*=[\d\s.,x×*:/+%-]+|\s*)\)(?:\s*=\s*(?:\(\s*[1-9]\s*\)\s*[x×*:/+-]\s*)+\(\s*[1-9]\s*\)(?:\s*[x×*:/+%-]\s*[\d,]+)*)?\s*){3,})$/i;

/**
 * "1   2   3   4 = 2 x 3   5   6 = 4 x 5": the columns' numbers without brackets, one digit each,
 * four or more, each the one before plus one, some with how they are worked out. No row's
 * figures count so.
 */
function isColumnNumbering(text: string): boolean {
  if (!NUMBERING_START.test(text)) return false;
  const numbers = text.replace(WORKED_OUT, ' ').trim().split(/\s+/);
  return numbers.length >= MIN_NUMBERED_COLUMNS && numbers.every((number, i) => number === String(Number(numbers[0]) + i) && /^[1-9]$/.test(number));
}

const NUMBERING_START = /^[1-9]\s/;
/** " = 2 x 3", "=4x5 / 100": how a numbered column is worked out from others. */
const WORKED_OUT = /\s*=\s*[1-9](?:\s*[x×*:/+-]\s*[1-9])+(?:\s*[x×*:/%-]\s*[\d,]+)*/g;
const MIN_NUMBERED_COLUMNS = 4;

/** The fewest values a line of a row's values holds: cost, hours, result. */
export const MIN_ROW_VALUES = 3;

/** Classifies one line of a table region by its own text. */
export function classifyLine(text: string): LineKind {
  const trimmed = withoutPageMarks(cellsApart(text).trim());
  if (trimmed === '' || TABLE_RULE.test(trimmed) || ACCOUNTING_ZEROS.test(trimmed)) return { kind: 'blank' };
  const printed = totaleRetyped(trimmed);
  let total = TOTAL_LABEL.exec(printed);
  if (total) {
    // "Totale (quota del 20%) 1.499,36", "Totale 477 (120 ore)": an aside in brackets names neither the total nor its figures.
    const retyped = printed.includes('(') ? printed.replace(AMOUNT_IN_WORDS, ' ') : printed;
    if (retyped !== printed) total = TOTAL_LABEL.exec(retyped) ?? total;
    const numbers = totalFigures(total[1] ?? '');
    // "TOTALE ORE PRODOTTO …", "Totale ore Costo orario Prodotto % Risultato": a header line that starts with "totale" (repeated on a new page), its "%" no figure.
    if ((numbers?.length === 0 || !/\d/.test(total[1] ?? '')) && columnsNamed(total[1] ?? '') >= 2 && isHeaderPiece(trimmed)) return { kind: 'header' };
    return numbers ? { kind: 'total', numbers, label: (retyped.match(/\p{L}+/gu) ?? []).join(' ') } : { kind: 'unread-total' };
  }
  if (isHeaderPiece(trimmed) || COLUMN_LEGEND.test(trimmed) || isColumnNumbering(trimmed)) return { kind: 'header' };
  if (isPageNumber(trimmed)) return { kind: 'page-number' };
  if ((FOOTNOTE.test(trimmed) && !isRowAfterMark(trimmed)) || PART_OF_ROW_ABOVE.test(trimmed)) return { kind: 'text' };
  // "1 D3 20,30 …", "1. D3 …", "3) Istruttore C1 …": a column numbering the rows, before the grade or label.
  const row = withoutNoteLast(withoutNameLast(trimmed.replace(GRADE_GLUED_TO_COST, '$1$2 $3').replace(ROW_NUMBER, '')));
  const graded = GRADE_AT_START.exec(row);
  if (graded) {
    const numbers = numericTokens(graded[3] ?? '');
    if (numbers) {
      const grade = `${graded[1]!.toUpperCase()}${graded[2]}`;
      return { kind: 'row-start', label: row.slice(0, row.length - (graded[3] ?? '').length).trim(), grade, numbers };
    }
  }
  const onlyNumbers = numericTokens(trimmed);
  if (onlyNumbers) return { kind: 'numbers', numbers: onlyNumbers };
  // "Sede legale: Via Roma, 12 – 52100 Arezzo – tel. 0575 3030": a letterhead's footer, whose figures are no row's.
  if (isCarriedForward(trimmed) || isContactLine(trimmed)) return { kind: 'text' };
  return labelledRow(row);
}

/**
 * "C2 20,05 120 2.460,00 18 433,08 Sig.ra P. Villa": the row without the name of its person, in a
 * column after the result; the name is in the row's raw text. Only after three figures, and a
 * name written as one: words that start with a capital, after a title or not ("dott.ssa L. Neri",
 * "arch. Neri"); "circa", a note in prose, is none.
 */
function withoutNameLast(row: string): string {
  const name = ENDS_IN_LETTER.test(row) ? NAME_LAST.exec(row) : null;
  if (!name) return row;
  const figures = row.slice(0, name.index);
  return (figures.match(FIGURES)?.length ?? 0) >= MIN_FIGURES_BEFORE_NAME ? figures : row;
}

/**
 * "C4 € 18,30 200 € 3.660,00 20 € 732,00 part-time 50%", "… 732,00 comandato dal 1.3.2017", "…
 * 109,80 € (p.t. 50%)": a note in a column after the result, words after a row's four figures or
 * more; the note is in the row's raw text. Not words that qualify the figure ("… 406 circa"), nor
 * a row run into this one.
 */
function withoutNoteLast(row: string): string {
  if (!LETTER_AFTER_FIGURE.test(row)) return row;
  let figures = 0;
  const tokens = [...row.matchAll(TOKENS)];
  for (const [at, { 0: token, index }] of tokens.entries()) {
    if (figures >= FIGURES_BEFORE_NOTE && opensNoteWithCount(row, tokens[at - 1], tokens[at]!, tokens[at + 1])) return withoutNote(row, index, token.length);
    if (FIGURE_START.test(token)) {
      figures++;
    } else if (figures >= FIGURES_BEFORE_NOTE && /^[\p{L}(]/u.test(token)) {
      return withoutNote(row, index);
    } else if (figures > 0 && !NUMBER_TOKEN.test(token)) {
      return row;
    }
  }
  return row;
}

/**
 * The row without the note starting at `index`, where that is a short note without an amount; the
 * count that opens it (`countLength` characters, "2,5" in "2,5 ore di sabato") is none.
 */
function withoutNote(row: string, index: number, countLength = 0): string {
  const note = row.slice(index);
  const words = note.slice(countLength);
  return note.length <= MAX_NOTE && !AMOUNT_WITH_CENTS_IN.test(words) && !QUALIFIES_FIGURE.test(note) ? row.slice(0, index).trimEnd() : row;
}

/**
 * "… 421,59     2 sabati al mese", "… 352,98     3 plessi": a note in a cell of its own that opens
 * on a count of what its word names: a whole number of one or two digits, wide space before it
 * as between cells and one space after it, then a word that does not qualify it ("406 circa") and
 * is no unit; a count of hours ("10 ore", "120 h", "2,5 ore") only where the figures before it
 * prove the row whole ({@link figuresHold}).
 * Where one space sets every cell apart, nothing says the number is the note's.
 */
function opensNoteWithCount(row: string, before: RegExpExecArray | undefined, count: RegExpExecArray, word: RegExpExecArray | undefined): boolean {
  if (before === undefined || word === undefined) return false;
  const gapBefore = count.index - (before.index + before[0].length);
  const gapAfter = word.index - (count.index + count[0].length);
  if (gapBefore < CELL_GAP || gapAfter !== 1 || QUALIFIES_FIGURE.test(word[0])) return false;
  if (UNIT.test(word[0])) return HOURS_COUNT.test(count[0]) && figuresHold(row.slice(0, count.index));
  return COUNT.test(count[0]) && COUNTED_WORD.test(word[0]) && !NUMBER_TOKEN.test(word[0]);
}

/**
 * "D1\t21,46\t40\t858,40\t20\t171,68\t10 ore di coordinamento": a count of hours in a note is the
 * note's only where the row's figures before it, the last the result, the others cost, hours,
 * product (or none) and percentage in whatever order their columns come ("C2 16,38 80 15 %
 * 1.310,40 196,56"), hold every relation they can be checked by (21,46 × 40 = 858,40; 20% of it
 * 171,68); otherwise "10 ore" may be the row's hours, and the row is read as printed.
 */
function figuresHold(before: string): boolean {
  const first = before.search(FIGURE_AT_WORD_START);
  const figures = first < 0 ? null : numericTokens(before.slice(first));
  if (!figures || (figures.length !== 4 && figures.length !== 5)) return false;
  const amounts = figures.map(parseItalianNumber);
  if (amounts.some((amount) => amount === null)) return false;
  const result = amounts.pop()!;
  return cellReadings(amounts as Amount[]).some(([hourlyCost, hours, product, percentage]) => arithmeticHolds({ hourlyCost, hours, product, percentage, result }));
}

/**
 * The ways a row's figures before its result may be cost, hours, product (where there are three
 * or four) and percentage (where there are two or four; a table of three figures and a result may
 * have its percentage in the header, "Risultato (20%)"): each may be the product, each other the
 * percentage; cost × hours is the same whichever of the two comes first.
 */
function cellReadings(figures: Amount[]): [Amount, Amount, Amount | null, Amount | null][] {
  const readings: [Amount, Amount, Amount | null, Amount | null][] = [];
  const productAt = figures.length === 4 ? [0, 1, 2, 3] : [NO_PRODUCT, 0, 1, 2];
  for (const product of productAt) {
    const shareAt = figures.length === 4 || product === NO_PRODUCT ? [...figures.keys()] : [NO_SHARE];
    for (const percentage of shareAt) {
      if (percentage === product) continue;
      const [hourlyCost, hours] = figures.filter((_, at) => at !== product && at !== percentage);
      readings.push([hourlyCost!, hours!, figures[product] ?? null, figures[percentage] ?? null]);
    }
  }
  return readings;
}

const NO_PRODUCT = -1;
const NO_SHARE = -1;

/** The first figure of a row, after its label: a number that opens a word, a euro sign before it or not. */
const FIGURE_AT_WORD_START = /(?<=^|\s)€?\s*\d/;

/** The fewest spaces between two cells of a layout's line. */
const CELL_GAP = 2;

const COUNT = /^\d{1,2}$/;
/** "… 372,40     120 ore di sportello", "… 2,5 ore di sabato": the hours a note counts, which only the row's arithmetic tells from its own ({@link figuresHold}). */
const HOURS_COUNT = /^\d{1,3}(?:,\d{1,2})?$/;
const COUNTED_WORD = /^\p{L}{2,}/u;

/** Latin letters, not `\p{L}` with `/u`: V8 takes about a millisecond to compile that, and a run on one plan reads this once. */
const LETTER_AFTER_FIGURE = /\d%?(?:\s+€)?\s+[A-Za-zªºÀ-ÖØ-öø-ɏ(]/;
/** A note with an amount (not a share, "part-time 83,33%") is another row run into this one ("… 378,00 C3 17,10 100 …"). */
const AMOUNT_WITH_CENTS_IN = /\d,\d+(?![\d%])/;
/** "… 406 circa": words that make the figure before them uncertain, which no reading may pass over. */
const QUALIFIES_FIGURE = /^(?:circa|ca\.|approx|stimat|presunt|forfett)/i;
const TOKENS = /\S+/g;
/** A figure, a euro sign glued before it or not. */
const FIGURE_START = /^€?\.?\d/;
/** A row's figures, but for the product in a table without its column. */
const FIGURES_BEFORE_NOTE = 4;
/** A note in a cell of its own is short. */
const MAX_NOTE = 40;

const ENDS_IN_LETTER = /[a-zà-ÿ]$/i;
const NAME_LAST = /(?<=\d%?)\s+(?:(?:dott|sig|rag|geom|arch|ing|avv|prof|p\.\s?i|per)\.?(?:ssa|ra)?\s*)?(?:\p{Lu}[\p{L}’']*\.?(?:\p{Ll}+)?\s*)+$/u;
const FIGURES = /\d[\d.,]*/g;
const MIN_FIGURES_BEFORE_NAME = 3;

/**
 * "A riportare 1.100,82", "Riporto € 1.100,82", "A riportare 960 18.814,00 3.762,80", "Riporto da
 * pag. 3 € 622,20", "Riporto da pagina precedente", "Somma da riportare", "Somma riportata": a page's
 * sums carried over to the next, neither a row nor a total of the table's.
 */
export function isCarriedForward(text: string): boolean {
  return CARRIED_FORWARD.test(text);
}

/**
 * "Sede legale: Via Roma, 12 – 52100 Arezzo – tel. 0575 3030": a letterhead's line, of an address
 * or a contact, without a row's figures with cents and, unless it starts with "Sede …", without a
 * grade code at its end, as a row's label has ("Sportello tel. 0575 530611 e URP B3").
 */
export function isContactLine(text: string): boolean {
  if (!CONTACT_SIGN.test(text) || !CONTACT.test(text) || (text.match(ROW_FIGURES)?.length ?? 0) >= 2) return false;
  return ADDRESS_START.test(text) || !GRADE_AT_END.test(text.trim());
}

/** Figures with cents, as a row's cost and amounts have ("19,50 … 1.950,00"); a letterhead prints one at most ("capitale sociale € 10.000,00"). */
const ROW_FIGURES = /\d,\d\d(?!\d)/g;
/** "Sede secondaria: Centro Direzionale, Isola B3": an address, whatever code ends it. */
const ADDRESS_START = /^\s*sede (?:legale|secondaria)\b/i;

/** A telephone's or a tax code's figures after their word, an e-mail or web address, "Sede legale:": not the words alone ("Addetto centralino tel. e URP B3", "Referente PEC"). */
const CONTACT = /\b(?:tel|fax)\.?\s*[:.]?\s*\+?\d|\w@\w|\bwww\.\w|\b(?:p\.\s?iva|partita iva|c\.\s?f\.|codice fiscale)\s*[:.]?\s*\d|\bsede (?:legale|secondaria)\s*[:,]/i;
/** What each of {@link CONTACT}'s forms holds, cheaper to look for than the forms. */
const CONTACT_SIGN = /[\d@]|www\.|sede /i;

const CARRIED_FORWARD =
  /^\s*(?:(?:a\s+)?riport(?:o|are|ato)|somma\s+(?:da\s+riportare|riportata))\b(?:\s+(?:a|da|alla|dalla)?\s*pag(?:ina|\.)?\s*(?:\d+|precedente|successiva|seguente))?[\s:€]*\d[\d.,\s€]*$/i;

/** "… 320,40 ./.", "… 320,40 - 2 -": the line without the mark that the table goes on, or the page's number, after its last figure. */
function withoutPageMarks(line: string): string {
  if (line.endsWith('.') && line.includes('/')) return line.replace(GOES_ON, '');
  return ENDS_IN_DASH.test(line) ? line.replace(PAGE_NUMBER_AT_END, '') : line;
}

const GOES_ON = /(?<=\d)\s+\.\s?\/\s?\.$/;

/**
 * The figures of a total line after its label, its words left out: "Totale € 934,90
 * (novecentotrentaquattro/90)", the amount in words saying nothing more; "Totale ore 700 - totale
 * risultato € 2.596,20", the dash only setting the figures apart. Null when they cannot be read,
 * a figure garbled by a scan among them ("l.O26,00" is not 26,00).
 */
export function totalFigures(printed: string): string[] | null {
  // "TOTALE 776,88        - 4 -", "Totale 899,5     Pag. 3 di 8": the page's number, printed on the total's line.
  const text = withoutBreakdown(printed.replace(PAGE_NUMBER_AT_END, '').replace(PAGE_AT_END, ''));
  // "Totale ###": a figure too wide for its cell is no total that can be read.
  if (text.split(/\s+/).some((token) => GARBLED_FIGURE.test(token) || OVERFLOWED.test(token))) return null;
  const figures = withoutAddends(
    text.replace(AMOUNT_IN_WORDS, ' ').replace(DATE, ' ').replace(ORDINAL_IN_LABEL, ' ').replace(SHARE_IN_BRACKETS, ' $1 ').replace(LABEL_WORD, ' '),
  );
  // "(art. 67, comma 5, lett. b) CCNL 21.05.2018)": the bracket left over from an aside within an aside.
  return numericTokens(balanced(figures) ? figures : figures.replace(/[()]/g, ' '));
}

/**
 * A word of a total's label, with the stop of an abbreviation ("Cat.", "E.Q.") or a colon after it,
 * or an article or preposition elided before the next ("dell'E.Q.", "all’ufficio"), and a dash or
 * a bar set apart between words: none of its figures.
 */
const LABEL_WORD = /\p{L}+(?:['’]|\.?:?)|\s[-–—/]\s/gu;
/** "Totale 1° semestre", "Totale fase 1^": a period's or a phase's ordinal in a total's label, no figure of it. */
const ORDINAL_IN_LABEL = /(?<![\d,.])\d{1,2}\s?[°ºª^](?!\d)/g;
/** "Totale incentivo (20%) 853,28": the rows' percentage, in brackets after the label's words, as "Totale (20%)" prints it. */
const SHARE_IN_BRACKETS = /\(\s*(\d{1,3}(?:,\d+)?\s?%)\s*\)/g;

/** "Totale complessivo 537,60 di cui 342,00 Ufficio Metrico e 185,60 …": the parts the total is made of, after its figure, left out. */
function withoutBreakdown(text: string): string {
  const at = text.search(BREAKDOWN);
  return at > 0 && /\d/.test(text.slice(0, at)) ? text.slice(0, at) : text;
}

const BREAKDOWN = /\bdi cui\b/i;

/**
 * "TOTALE GENERALE (342,00 + 185,60) 537,60", "342,00 + 185,60 = 537,60", "537,60 (342,00 +
 * 185,60)", "527,60 = 342,00 + 185,60": the sum the total is said to be of, left out; its figure is the one printed apart
 * from it. A sum with no figure apart from it ("Totale 342,00 + 185,60") stays, and is not read.
 */
function withoutAddends(figures: string): string {
  if (!figures.includes('+')) return figures;
  const apart = figures.replace(ADDENDS, ' ');
  return /\d/.test(apart) ? apart : figures;
}

const ADDENDS = /\(?\s*€?\s*\d[\d.,]*(?:\s*\+\s*€?\s*\d[\d.,]*)+\s*\)|(?<![\d.,])\d[\d.,]*(?:\s*\+\s*€?\s*\d[\d.,]*)+\s*=|=\s*€?\s*\d[\d.,]*(?:\s*\+\s*€?\s*\d[\d.,]*)+\s*$/g;

function balanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) === (text.match(/\)/g)?.length ?? 0);
}

const PAGE_NUMBER_AT_END = /(?<=\d)\s+[-–—]\s*\d{1,3}\s*[-–—]\s*$/;
const PAGE_AT_END = /(?<=\d)\s+pag(?:ina|\.)?\s*\d{1,4}(?:\s*(?:di|\/)\s*\d{1,4})?\s*$/i;
const ENDS_IN_DASH = /[-–—]$/;
/** "CCNL 21.05.2018": a contract's date in a total's label, no figure of the total's. */
const DATE = /\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b/g;

/**
 * The line with its cells set apart by spaces: tabs and no-break spaces, the bars of a text table
 * ("| D3 | 21,40 |", "│"), leaders of dots or underscores, and semicolons where they part cells
 * ("D2;20,36;100", not "…; poi").
 */
function cellsApart(text: string): string {
  const barred = RULE_READ_AS_PUNCTUATION_HINT.test(text) ? text.replace(RULE_READ_AS_PUNCTUATION, ' ') : text;
  const bare = withSpacedThousands(barred).replace(TABS, CELL_SPACE).replace(CELL_BARS, ' ');
  // "D1 ....... 18,00 ....... 90", "Totale ______ € 1.069,20": leaders drawn between the cells.
  const spaced = LEADER_HINT.test(bare) ? bare.replace(LEADERS, ' ') : bare;
  if (!spaced.includes(';') || !SEMICOLONS.test(spaced)) return spaced;
  // "Istruttore; C1; 16,05; 100; …", "\"C1\";\"16,05\";…": a row written as CSV, its cells' quotes dropped.
  const cells = spaced.split(';').map((cell) => cell.trim().replace(QUOTED, '$1'));
  const figures = cells.filter((cell) => FIGURE_CELL.test(cell)).length;
  return NO_PROSE.test(spaced) || figures >= MIN_FIGURE_CELLS ? cells.join(' ') : spaced;
}

const CELL_BARS = /[\u00a0|│┃]/g;
/**
 * "C1 21,35 : 180 3.843,00": a table's rule that a scan's text gives as a colon, an exclamation
 * mark or a broken bar standing alone between two figures, where no figure's own mark stands.
 */
const RULE_READ_AS_PUNCTUATION = /(?<=\d%?\s+)[:!¦](?=\s+€?\s*\d)/g;
const RULE_READ_AS_PUNCTUATION_HINT = /\s[:!¦]\s/;
/**
 * "C3\t20,45\t120\t2454,00\t15\t368,10\t2 sabati al mese": a tab sets cells apart as wide space
 * does in a layout's line, so a note that opens on a count stays a cell of its own ({@link opensNoteWithCount}).
 */
const TABS = /\t+/g;
const CELL_SPACE = ' '.repeat(CELL_GAP);

/**
 * "2 997,00" with a narrow no-break space (U+202F), a thin space (U+2009) or a figure space
 * (U+2007) between thousands, which set nothing else apart: one number, written with a dot, where
 * the line's narrow spaces all stand inside numbers or beside "€" and "%". A no-break space
 * (U+00A0) may part cells too: the row's arithmetic decides ({@link joinSites}). And "2 079,0020":
 * a group of three digits that opens on a zero, which is no number alone, glued to the next cell
 * (more than two decimals), after one to three digits and a space: the thousands of one number,
 * which a join would leave unsplit. Not glued, such a group is joined as any other (`joinSites`).
 */
function withSpacedThousands(text: string): string {
  let grouped = text;
  if (NARROW_SPACE.test(grouped)) {
    const narrowGrouped = grouped.replace(NARROW_THOUSANDS, '.');
    if (!NARROW_SPACE.test(narrowGrouped.replace(NARROW_BESIDE_UNIT, ''))) grouped = narrowGrouped;
  }
  return ZERO_GROUP_AFTER_SPACE.test(grouped) ? grouped.replace(ZERO_GROUPS_AFTER_SPACE, '.') : grouped;
}

const NARROW_SPACE = /[\u2007\u2009\u202f]/;
/** A narrow space between a number's first one to three digits and a group of three, and between further groups. */
const NARROW_THOUSANDS = /(?<=(?<![\d.,])\d{1,3}(?:[\u2007\u2009\u202f]\d{3})*)[\u2007\u2009\u202f](?=\d{3}(?![\d.]))/g;
/** A narrow space after "€" or before "%": "€ 624,00", "20 %". */
const NARROW_BESIDE_UNIT = /(?<=€)[\u2007\u2009\u202f]|[\u2007\u2009\u202f](?=%)/g;
const ZERO_GROUP_AFTER_SPACE = /(?<=(?<![\d.,])\d{1,3})[ \u00a0](?=0\d\d,\d{3})/;
const ZERO_GROUPS_AFTER_SPACE = new RegExp(ZERO_GROUP_AFTER_SPACE.source, 'g');
const LEADER_HINT = /\.\.\.|__|…/;
/** Dots, underscores or an ellipsis in a run between cells, set apart by spaces or at an end. */
const LEADERS = /(?<=^|\s)(?:\.{3,}|_{2,}|…+)(?=\s|$)|(?<=\S)(?:\.{4,}|_{3,}|…{2,})(?=\s|$)|(?<=^|\s)(?:\.{4,}|_{3,}|…{2,})(?=\S)/g;
const SEMICOLONS = /;[^;]*;/;
/** No semicolon followed by a space and a word, as in a sentence ("… 100; costo …"). */
const NO_PROSE = /^(?![^;]*;\s+\p{L})/u;
const QUOTED = /^"(.*)"$/;
const FIGURE_CELL = /^(?:€\s*)?\d[\d.,]*\s*%?$/;
/** Cells of figures a CSV row has at the least (cost, hours, result), whatever its words. */
const MIN_FIGURE_CELLS = 3;
/** "€  -  €  -": a spreadsheet's row left empty, its formulas' noughts in the accounting format. */
const ACCOUNTING_ZEROS = /^(?:€\s*[-–—]\s*)+$/;
/** A text table's rule: "|---|---|", "+-----+", "├───┼───┤", "=====". */
const TABLE_RULE = /^[-=+:_─━┼├┤┌┐└┘┬┴╋\s]{3,}$/;

/**
 * The line with a first word that is "totale" mistyped, letters swapped, or as a scan's text
 * gives it ("T0TALE", "Tota1e", "T o t a l e"; before figures alone, any one character misread:
 * "1OTALE", "TOTALF", "Tolale"), written "Totale"; without the initials of whoever checked it
 * before it ("G.B. TOTALE 1.266,50", written by hand beside a scanned total).
 */
function totaleRetyped(text: string): string {
  const initialled = INITIALS_BEFORE_TOTAL.exec(text);
  if (initialled) return totaleRetyped(text.slice(initialled[0].length));
  if (text.length < 6) return text;
  const scanned = SCANNED_TOTALE.exec(text);
  if (scanned) return `Totale${text.slice(scanned[0].length)}`;
  if (WORD_CHARACTER.test(text.charAt(6))) return text;
  const first = text.slice(0, 6).toLowerCase();
  const misread = placesDiffering(first, 'totale') === 1 && !LETTER.test(text.slice(6));
  const swapped = !misread && TOTALE_LETTERS.includes(first.charAt(0)) && [...first].sort().join('') === TOTALE_LETTERS;
  return misread || swapped ? `Totale${text.slice(6)}` : text;
}

const WORD_CHARACTER = /[\p{L}\d]/u;
const LETTER = /\p{L}/u;

/** The letters of a grade code: "D", "Ds" (the health sector's), "EP" (the universities'), "PLA" (local police). */
export const GRADE_LETTERS = String.raw`(?:[A-Da-d][sS]?|EP|PL[A-C]?)`;

/** "1 D3 …", "3) Istruttore …", "2 Ds3 …", "1 EP2 …", "4 PLA3 …". */
const ROW_NUMBER = new RegExp(String.raw`^\d{1,2}(?:[.)]\s*(?=\p{L})|\s+(?=${GRADE_LETTERS}\s*[1-9](?![\d,.])))`, 'u');

/** Where the run of number tokens that ends the row starts. */
function firstOfTrailingNumbers(tokens: string[]): number {
  let first = tokens.length;
  while (first > 0 && NUMBER_TOKEN.test(tokens[first - 1]!)) first--;
  return first;
}

const MAX_LABEL = 60;
/** "Istruttore direttivo – cat. D1 giuridica, posizione economica D3": a label that ends on its grade code may run longer. */
const MAX_GRADED_LABEL = 90;
const AMOUNT_WITH_CENTS = /^€?\d[\d.]*,\d\d$/;
/** A figure with letters a scan reads for digits: "17,1O", "l.O26,00", "2O%", "1S,16", "2.1S4,6O" (never B for 8: "B3" is a grade). */
const GARBLED_FIGURE = /^(?=[^\s]*\d)(?:[\d.,]*[OolI|SZ][\d.,OolI|SZ]*(?:[.,]\d|\d)[\d.,OolI|SZ]*%?|\d[\d.,]*[OolISZ][\d.,OolISZ]*%?)$/;
/** The letters of a grade code that a layout may set apart from its digit, and the economic position's mark between them ("D ec. 2"). */
const SPLIT_GRADE_LETTERS = new RegExp(String.raw`^(?:${GRADE_LETTERS}|pos\.?|ec\.?|fascia)$`, 'i');
/** A grade code, or an area and its band, ending a label. */
const GRADE_AT_END = new RegExp(String.raw`(?:\b(?:[A-D]s?|EP)(?:\s|\.\s?)?[1-9]|(?<![${LATIN_LETTERS}\d])${AREA_AND_BAND})$`, 'i');
/** "p.t.", "part-time", "tempo parziale": the mark before a part-time's share. */
const PART_TIME = /^(?:p\.?t\.?|part-?time|parziale)$/i;

/**
 * "Istruttore amministrativo C1 17,10 200 …": a label of words, then only numbers: at least two,
 * or fewer when the label ends with a grade code (the rest of the row is on the next lines).
 */
function labelledRow(text: string): LineKind {
  const tokens = text.split(/\s+/);
  let firstNumber = tokens.findIndex((t) => /^€?\d|^€$/.test(t));
  if (firstNumber < 0) firstNumber = tokens.length;
  // "C1 (ex 6^ q.f.) 16,05 …": a label's own figures, where no amount stands in the label;
  // "Dipendente 1 D3 € 21,40 …": a label numbering its person before the grade code.
  const numbersFrom = firstOfTrailingNumbers(tokens);
  const gradeEnds = GRADE_AT_END.test(tokens.slice(0, numbersFrom).join(' '));
  if (numbersFrom > firstNumber && (gradeEnds || !tokens.slice(0, numbersFrom).some((t) => /^€?\d[\d.,'’]*$/.test(t)))) firstNumber = numbersFrom;
  // "B3 n. 2 unità 15,20 …": a count before a word is the label's, a row's values running to its
  // end; an amount with cents before a word ("B3 15,90 circa 150 …") is a value out of place.
  const between = tokens.slice(firstNumber, numbersFrom);
  if (between.some((t) => /\p{L}{2}/u.test(t) && !NUMBER_TOKEN.test(t)) && !between.some((t) => AMOUNT_WITH_CENTS.test(t))) firstNumber = numbersFrom;
  // "Istruttore C 3 17,10 …", "EP   2   28,41 …": the digit of a spaced grade code belongs to the label.
  if (SPLIT_GRADE_LETTERS.test(tokens[firstNumber - 1] ?? '') && /^[1-9]$/.test(tokens[firstNumber] ?? '')) firstNumber++;
  // "C1 p.t. 83,33% 16,55 …": a part-time's share of the hours is the label's.
  if (PART_TIME.test(tokens[firstNumber - 1] ?? '') && /%$/.test(tokens[firstNumber] ?? '')) firstNumber++;
  if (firstNumber === 0) return { kind: 'text' };
  const labelTokens = tokens.slice(0, firstNumber);
  // "D1 18,90 100 1.890,00 20 378,00 C3 17,10 …": two rows run into one line (a scan's text), or a
  // cell garbled ("C3 17,1O 350 …"): no label holds amounts, and no reading of it is sure.
  if (labelTokens.filter((t) => AMOUNT_WITH_CENTS.test(t)).length >= 2 || labelTokens.some((t) => GARBLED_FIGURE.test(t))) return { kind: 'text' };
  const label = labelTokens.join(' ');
  const numbers = numericTokens(tokens.slice(firstNumber).join(' '));
  const gradeLast = GRADE_AT_END.test(label);
  if (!numbers || numbers.length < (gradeLast ? 0 : 2) || label.length > (gradeLast ? MAX_GRADED_LABEL : MAX_LABEL)) return { kind: 'text' };
  return { kind: 'row-start', label, grade: gradeOf(label), numbers };
}
