import { Decimal } from '../decimal.js';
import type { Amount, SourceRef } from '../model.js';
import { parseItalianNumber, THOUSANDS_SEPARATORS } from '../normalize/numbers.js';
import { answeredOnce, type ReadLines } from './read-line.js';
import { collapseSpace, endsOnCurrency, joinWithOffsets, wordStartBefore, type JoinedText } from './text.js';

/** What the search knows of the plan: the project's number and the plan's year, where known. */
export interface PlanContext {
  project?: number;
  year?: number | null;
}

/** The amount a project says it adds to the fund, with the lines its sentence spans. */
export interface DeclaredAmount {
  amount: Amount;
  source: SourceRef;
  /** The words before it name another sum: a cost, the fund's size ("costo orario complessivo di € 2.592,80", "ammonta a complessivi € 185.400,00"). */
  namesAnotherSum?: true;
}

/**
 * A mention of the fund the plan feeds (salario or trattamento accessorio, risorse decentrate, or
 * another of its names: see `FUND_NAME`), or of feeding it, where a declared sentence starts
 * ("alimentare il Fondo Salario Accessorio di € …", "destinare euro … al Fondo"); a few words each,
 * as a mention is looked for line by line. A mention of any fund ("Fondo di perequazione") is
 * searched only when no such sentence names an amount.
 * The article of the national contract that lets a project feed the fund ("art. 15, comma 5",
 * "art. 67, comma 5", the 2022 contract's "art. 79, comma 2" or "comma 3", its variable part) is a
 * mention of feeding it: "Incremento ex art. 67, comma 5, lett. b): € 2.306,40". So is the fund's
 * increase ("Si prevede un incremento del fondo di € 400,00"), which no later sentence naming the
 * fund of ancillary pay ("Il budget destina al fondo per il trattamento accessorio € …") displaces.
 */
const FEEDING_MENTION = String.raw`\balimentar\w*|\bincrement\w*\s+(?:del|al)\s+fondo\b|\bdestin(?:are|at[aoie]|ando|ano)\b|\baccessori[oa]\b|\bdecentrat[ei]\b|\bart\.?\s*(?:(?:15|67),?\s*(?:comma|c\.)\s*5|79,?\s*(?:comma|c\.)\s*[23])\b`;
/**
 * The names the contracts of the last thirty years give the fund of ancillary pay, besides those
 * with "accessorio" or "decentrate": "Fondo unico di amministrazione" or "di ente" (F.U.A.), the
 * fund "per la produttività collettiva", "per la contrattazione integrativa", "premialità e fasce",
 * "incentivante", "per le politiche di sviluppo delle risorse umane", "per i trattamenti accessori",
 * "risorse per l'efficienza gestionale" (FO.R.E.G.). Only after the word "fondo" and its articles:
 * "fondo regionale per la produttività …", "Fondo unico giustizia", "Fondo unico per lo
 * spettacolo", "fondo per l'efficienza energetica" are other funds. "Fondo unico" at a line's end
 * is the fund's name broken over two lines ("a valere sul Fondo unico" / "di amministrazione").
 */
const FUND_NAME = String.raw`\bfondo\s+(?:(?:per|di|del|della|dei|delle|la|le|il|i|risorse)\s+|(?:d|dell|l)['’]\s*)*(?:unico(?:\s+(?:di|d['’]|dell['’])\s*(?:amministrazione|ente)\b|\s*$)|produttivit[àa]|contrattazione\s+integrativa|premialit[àa]|incentivant[ei]\b|politiche\s+di\s+sviluppo|trattamenti\s+accessori\b|efficienza\s+gestionale)|\bF\.?U\.?A\b|\bFO\.?R\.?E\.?G\b`;
/**
 * Funds a project's prose names that are not the one it feeds: a region's, the state's, Europe's,
 * a guarantee or revolving fund, grants ("contributi a fondo perduto"), a reserve or a provision
 * ("il fondo regionale di garanzia ha messo a disposizione € 250.000,00"); and a library's or an
 * archive's collection ("Catalogazione del fondo antico").
 */
const OTHER_FUNDS = String.raw`antic\w*|librari\w*|bibliografic\w*|archivistic\w*|documentari\w*|fotografic\w*|regional\w*|provincial\w*|nazional\w*|europe\w*|comunitari\w*|social\w*|sanitari\w*|perduto|(?:centrale\s+)?di\s+garanzia|di\s+rotazione|di\s+riserva|rischi|svalutazione|cassa|economale|pensione`;
const FUND_MENTION = String.raw`\bfondo\b(?!\s+(?:${OTHER_FUNDS}))`;
/** A space a scan set before a thousands dot: "1 .256,20". */
const SPACE_BEFORE_DOT = /\s(?=\.\d{3})/;
/** A decimal comma, then a space or a line's end, marked or not: "1.071, 80", "1.256,¬" / "20". */
const BROKEN_CENTS = /,¬?\s?/;
/**
 * Cents after a comma, after a slash as typewritten plans have them ("Euro 824/48"), or after a dot
 * typed for the comma ("€ 2.496.20", "€ 24.50"). Two cents after a comma and a space or a line's end
 * (FineReader marks the break "¬") are the amount's own where the sentence goes on after them as
 * after an amount: "di € 1.071," / "80, quale …", not "di € 1.037, 20% del valore", "€ 900, 50 ore".
 */
const CENTS = String.raw`(?:,\d+|${BROKEN_CENTS.source}\d\d(?![\d¬]|[.,]\d)(?=\s*(?:[,.;:)]|$)|\s+(?:quale|come|cos[iì]|calcolat|determinat|ottenut|risultant|pari)\b)|\/\d\d(?![\d/])|\.\d{1,2}(?!\d))?`;
/**
 * Thousands set apart by dots, apostrophes or spaces ("2.496,20", "2'496,20", "2 496,20"), or none,
 * then the cents. A scan may set a space before the first thousands dot: "€ 1 .256,20".
 */
const amount = (group: number) => `(\\d{1,3}(?:(?:${SPACE_BEFORE_DOT.source})?([${THOUSANDS_SEPARATORS}])\\d{3})(?:\\${group + 1}\\d{3})*${CENTS}|\\d+${CENTS})`;
const LIRE = String.raw`(?:\bL\.|\bLit\.|\blire\b)`;
/** " (pari a €", ", corrispondenti a euro": the euro after an amount in lire, restating it. */
const RESTATED_IN_EURO = String.raw`\s*[(,]?\s*(?:pari\s+a\s+|corrispondenti\s+a\s+|ovvero\s+)?(?:€|euro\b)`;
/**
 * An amount in lire, before the euro (plans of 2001 and earlier): "L. 1.234.000", "Lit. 850.000",
 * "lire 2.150.000"; always in thousands, which a law's number ("L. 241/1990") is not. Not one the
 * euro's amount follows, the plan's own ("L. 3.112.941 (€ 1.607,70)", "lire 1.917.488 (pari a €
 * 990,30)"). Group 7.
 */
const AMOUNT_IN_LIRE = String.raw`${LIRE}\s*(\d{1,3}(?:\.\d{3})+)(?!\d|[.,]\d|${RESTATED_IN_EURO})`;
/** "€ 38,5 milioni", "€ 2 mld", "€ 120 mila": a figure of millions or thousands, never a project's share, nor its digits the amount. */
const IN_MILLIONS = /\s*(?:milion[ei]|miliard[oi]|mln|mld|mila)\b/;

/**
 * An amount in euro: "€ 2.900,05", "€. 2.496,20", "€uro 863,54", "euro 934,90", "Euro2.496,20", "EUR13.917,80", "2.496,20 euro", and
 * in words with its figures in brackets ("euro cinquecentodiciotto/56 (518,56)"). Its digits are
 * group 1, 3 or 5 (7 in lire). Not a figure of millions (`IN_MILLIONS`), nor the start of a figure a scan garbled ("€ 72O,00", "€ 7 20,00", "€
 * 1.02 6,00": no amount is sure), nor a number before a euro sign and its amount ("Progetto n. 6
 * € 900,00").
 */
const AMOUNT_IN_EURO = String.raw`(?:(?:€(?:uro\b)?\.?|\beuro(?![a-z])|\beur(?![a-z])\.?)\s*${amount(1)}(?![\dA-Za-z]|[.,]\d|\s\d{1,2}[.,]\d|${IN_MILLIONS.source})|(?<![\d.,])${amount(3)}\s*(?:€|\beuro\b)(?!\s*\d)|(?:€|\beuro\b)\s*[a-zàèéìòù]+(?:\/\d\d)?\s*\(\s*(?:€\.?\s*)?${amount(5)}\s*\)|${AMOUNT_IN_LIRE})`;

/**
 * "… alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.900,05, quale sommatoria …":
 * the first amount in euro after a mention, in the same sentence.
 */
function sentencePattern(mention: string): RegExp {
  return new RegExp(String.raw`(?:${mention})[^€;]{0,160}?${AMOUNT_IN_EURO}`, 'i');
}

/** Sentences of one kind: a line is searched only when it has their mention. */
interface SentenceKind {
  mention: RegExp;
  sentence: RegExp;
  /**
   * The words a mention of several words starts with ("art. 67, comma 5", "fondo … produttività"):
   * only such a mention can be broken at a line's end. Absent where every mention is one word.
   */
  brokenFrom?: RegExp;
}

const FEEDING_OR_NAMED = `${FEEDING_MENTION}|${FUND_NAME}`;
export const FEEDING: SentenceKind = { mention: new RegExp(FEEDING_OR_NAMED, 'i'), sentence: sentencePattern(FEEDING_OR_NAMED), brokenFrom: /\b(?:art|fondo)/i };
export const ANY_FUND: SentenceKind = { mention: new RegExp(FUND_MENTION, 'i'), sentence: sentencePattern(FUND_MENTION) };
const FURTHER_AMOUNT = new RegExp(AMOUNT_IN_EURO, 'gi');
/**
 * Where a sentence ends: a semicolon, a colon, a full stop before a capital or at the end. A full
 * stop before a figure or a lower-case word is an abbreviation ("dell’art. 15, comma 5").
 */
const SENTENCE_END = /[;:]|\.(?=\s+\p{Lu}|\s*$)/gu;

/**
 * How far past its mention a declared sentence can reach: the mention, 160 characters, "euro",
 * a space and the first digit of the amount. The amount itself never runs over a line's end.
 */
const SENTENCE_REACH = 200;

/**
 * The amounts a project's lines may declare it adds to the fund,
 * most likely first: the first amount of each sentence that mentions feeding the fund, then the
 * other amounts of that sentence ("Il Fondo …, pari a complessivi € 185.400,00, sarà incrementato
 * di € 540,50"); without any, the same for sentences that mention a fund; without any, the
 * amounts before such mentions (see `amountsBefore`); without any, a sentence quantifying the
 * project's resources (`PROJECT_RESOURCES`). Empty when there is none.
 * Only the lines from each mention up to the sentence's reach are joined and searched: a match
 * starting on the mention's line is the one a search of all the lines joined would find.
 */
export function findDeclaredAmounts(lines: ReadLines, isPageFurniture: (index: number) => boolean = () => false, plan: PlanContext = {}): DeclaredAmount[] {
  const overPage = linesOverPageBreak(lines);
  const isFurniture = answeredOnce(lines.length, overPage.size === 0 ? isPageFurniture : (i: number) => overPage.has(i) || isPageFurniture(i));
  const feeding = amountsOfSentences(lines, FEEDING, isFurniture, plan);
  if (feeding.length > 0) return withAnyFund(withAmountsBefore(feeding, lines, FEEDING, isFurniture, plan), lines, isFurniture, plan);
  const anyFund = amountsOfSentences(lines, ANY_FUND, isFurniture, plan);
  if (anyFund.length > 0) return withAmountsBefore(anyFund, lines, ANY_FUND, isFurniture, plan, INCREMENT);
  const beforeFeeding = amountsBefore(lines, FEEDING, isFurniture);
  if (beforeFeeding.length > 0) return beforeFeeding;
  const beforeAnyFund = amountsBefore(lines, ANY_FUND, isFurniture, INCREMENT);
  return beforeAnyFund.length > 0 ? beforeAnyFund : amountsOfSentences(lines, PROJECT_RESOURCES, isFurniture, plan);
}

/**
 * "Le risorse sono quantificate in € 970,04", "Le risorse del progetto ammontano a € …", "Le
 * risorse necessarie alla realizzazione del progetto ammontano a € …", "Risorse aggiuntive: €
 * 1.570,98", "Risorse assegnate: € …", "un incremento delle risorse variabili pari a complessivi
 * euro 819,18", "un incremento di € 739,80 delle risorse variabili", "Valore economico del
 * progetto: € …", "Importo complessivo del progetto: € …", "Si quantifica l’incremento in € …",
 * "L’ammontare delle risorse, € …, è stato determinato …": the project's resources, with no fund
 * named, are what it adds to the fund; searched last. Only
 * the resources alone, the project's, or those it adds ("Le risorse stanziate in bilancio
 * ammontano a …" are another sum), and only the amount the verb or the label quantifies.
 */
const PROJECT_RESOURCES: SentenceKind = {
  mention: /\brisorse\b|\bvalore\s+economico\b|\bimporto\s+(?:complessivo\s+)?del\s+progetto\b|\bincremento\b/i,
  sentence: new RegExp(
    String.raw`(?:\bquantifica\s+l['’]\s*incremento\s+in|\bincremento\s+(?:è\s+|viene\s+)?quantificato\s+in|\bammontare\s+delle\s+risorse(?:\s+del\s+progetto)?\s*(?:,|:|è\s+(?:pari\s+a|di))|\brisorse(?:\s+(?:del|dal|per\s+il|destinate\s+al|necessarie\s+(?:al|per\s+il|(?:alla|per\s+la)\s+(?:realizzazione|attuazione)\s+del)|previste\s+(?:dal|per\s+il))\s+progetto)?,?\s+(?:sono\s+)?(?:quantificate\s+in|ammontano\s+(?:complessivamente\s+)?a|pari\s+a)|\brisorse\s+(?:aggiuntive|variabili|assegnate|attribuite)\s*(?::|pari\s+a|di)|\b(?:valore\s+economico|importo\s+(?:complessivo\s+)?)\s*del\s+progetto\s*(?::|[,è]?\s*(?:pari\s+a|di|è\s+di|ammonta\s+a))|\bincremento\s+delle\s+risorse(?:\s+(?:aggiuntive|variabili))?\s+(?:pari\s+a|di)|\bincremento\s+di(?=\s*(?:€|euro)\.?\s*[\d.,']+\s+delle\s+risorse\s+(?:aggiuntive|variabili|decentrate)\b))\s*(?:complessivi\s+)?${AMOUNT_IN_EURO}`,
    'i',
  ),
};

/**
 * The amount printed at the end of a project's heading, set apart from its title's words: in
 * brackets or after a dash or a colon, alone or after a word naming the project's share
 * ("Progetto n. 1 – Sportello unico (€ 3.250,00)", "… – importo € 342,27"): the amount the plan
 * gives the project, where no sentence of its prose declares one. Not an amount the title's words
 * lead to ("Recupero crediti per € 10.000,00", "(budget € 10.000,00)"). `heading` holds the
 * heading's lines, its title's included.
 */
export function amountInHeading(heading: ReadLines, isFurniture: (index: number) => boolean = () => false): DeclaredAmount | null {
  const joined = joinWithOffsets(heading, isFurniture);
  const match = AMOUNT_AFTER_TITLE.exec(joined.text);
  return match ? declaredIn(heading, joined, match.index, match.index + match[0].length, digitsOf(match)) : null;
}

/** A recap's line: the words before its amount, and the amount with the line as its source. */
export interface RecapLine {
  named: string;
  amount: DeclaredAmount;
}

/**
 * A line of a recap that ends on an amount, in euro or as a figure with cents set apart by spaces
 * in a table ("Obiettivo n. 1 – Sportello digitale per i tributi: € 820,08", "1   Sportello
 * digitale   820,08"): the words before it, without the mark between them, and the amount. Null
 * for a line without words before its amount, or ending on anything else.
 */
export function readRecapLine(lines: ReadLines, index: number): RecapLine | null {
  const text = lines.text(index);
  const inEuro = AMOUNT_AT_LINE_END.exec(text);
  const figure = inEuro ? null : FIGURE_AT_LINE_END.exec(lines.source(index).text.trimEnd());
  const digits = inEuro ? digitsOf(inEuro) : figure?.[1];
  const read = digits === undefined ? null : readAmountDigits(digits);
  const before = inEuro ? text.slice(0, inEuro.index) : figure ? collapseSpace(figure.input.slice(0, figure.index)) : '';
  const named = before.replace(MARK_BEFORE_AMOUNT, '');
  if (!read || named === '') return null;
  const source = lines.source(index);
  return { named, amount: { amount: read, source: { lines: [source.line], page: source.page } } };
}

/** A recap's line ending on two cells of amounts, either of them empty: the words before them, and each cell's amount or null. */
export interface RecapCells {
  named: string;
  amounts: [DeclaredAmount | null, DeclaredAmount | null];
}

/**
 * A line of a recap that ends on two cells of amounts, figures with cents in euro or not, or a dash
 * for an empty cell, set apart by a space at least, as a PDF's text sets its cells ("3 2.480,00
 * 2.048,32", "2 — 1.293,45", "Sportello unico   € 3.120,00   € 2.292,37"): the words before them
 * (maybe none, where the project's name wraps in its cell above and below) and the two amounts.
 * Null for a line ending on fewer amounts, or on two empty cells.
 */
export function readRecapCells(lines: ReadLines, index: number): RecapCells | null {
  const cells = TWO_AMOUNT_CELLS.exec(lines.text(index));
  if (!cells || (cells[2] === undefined && cells[3] === undefined)) return null;
  const source = lines.source(index);
  const cell = (digits: string | undefined): DeclaredAmount | null => {
    const read = digits === undefined ? null : readAmountDigits(digits);
    return read && { amount: read, source: { lines: [source.line], page: source.page } };
  };
  return { named: cells[1]!.replace(MARK_BEFORE_AMOUNT, ''), amounts: [cell(cells[2]), cell(cells[3])] };
}

const AMOUNT_CELL = String.raw`(?:€\.?\s*)?((?:\d{1,3}(?:\.\d{3})+|\d+),\d\d)(?:\s*€)?`;
/** "—", "-": a cell without an amount, as a table prints it. */
const EMPTY_CELL = String.raw`[—–-]{1,3}`;
/** Groups: the words before the cells, the first cell's digits, the second's. */
const TWO_AMOUNT_CELLS = new RegExp(String.raw`^(.*?)(?:^|\s)(?:${AMOUNT_CELL}|${EMPTY_CELL})\s+(?:${AMOUNT_CELL}|${EMPTY_CELL})$`);

// Note: no capturing group before the amount, whose thousands separator is matched again by its group's number.
const AMOUNT_AT_LINE_END = new RegExp(String.raw`${AMOUNT_IN_EURO}\s*$`, 'i');
/**
 * "   820,08", "   2.330,90", "\t994,80" at a table line's end: a figure with cents after a wide gap,
 * two spaces or more or a tab (as an extractor writes a column gap).
 */
const FIGURE_AT_LINE_END = /(?:\s{2,}|\t)((?:\d{1,3}(?:\.\d{3})+|\d+),\d\d)$/;
/** ": ", " – ", " = " and spaces between a recap's words and its amount. */
const MARK_BEFORE_AMOUNT = /[\s:=–—-]+$/;

/** Words that name the project's share before an amount set after its title: "importo", "quota al fondo", "risorse". */
const SHARE_WORDS = String.raw`(?:importo|quota|somma|risorse|incremento)(?:\s+(?:al|del)\s+fondo)?\s*(?:di|pari\s+a)?\s*:?`;
// Note: no capturing group before the amount, whose thousands separator is matched again by its group's number.
const AMOUNT_AFTER_TITLE = new RegExp(String.raw`(?:\(|\s[–—-]|:)\s*(?:${SHARE_WORDS}\s*)?${AMOUNT_IN_EURO}\s*\)?\s*$`, 'i');

/**
 * "l'importo di € 1.012,72 costituisce l'incremento del fondo …, a fronte di un costo delle ore di
 * € 5.063,60": where every amount after a mention names another sum, the amounts before it too,
 * and after them the project's resources ("Le risorse … del fondo … nel 2021 erano pari a € 1.100,00"
 * / "Risorse variabili: € 1.323,52").
 */
function withAmountsBefore(found: DeclaredAmount[], lines: ReadLines, kind: SentenceKind, isFurniture: (index: number) => boolean, plan: PlanContext, between?: RegExp): DeclaredAmount[] {
  if (!found.every((amount) => amount.namesAnotherSum)) return found;
  return [...amountsBefore(lines, kind, isFurniture, between), ...found, ...amountsOfSentences(lines, PROJECT_RESOURCES, isFurniture, plan)];
}

/**
 * "Si propone di integrare il fondo di € 520,80; nel 2004 erano stati destinati € 3.050,00": where
 * every amount of a sentence feeding the fund names another sum, the amounts of sentences that
 * mention any fund after them.
 */
function withAnyFund(found: DeclaredAmount[], lines: ReadLines, isFurniture: (index: number) => boolean, plan: PlanContext): DeclaredAmount[] {
  if (!found.every((amount) => amount.namesAnotherSum)) return found;
  const more = amountsOfSentences(lines, ANY_FUND, isFurniture, plan).filter((amount) => !found.some((f) => sameAmount(f, amount)));
  return [...found, ...more];
}

/**
 * What makes an amount before a mention of any fund the project's share: the fund's increase
 * between them ("€ 960 l’incremento delle risorse del fondo") or its variable part, which only the
 * fund of ancillary pay has ("Il progetto vale € 739,80, da inserire nella parte variabile del
 * fondo"), not a cost it pays ("una spesa di € 5.000,00 per il software, finanziata dal fondo
 * regionale").
 */
const INCREMENT = /\bincrement\w*|\balimenta\w*|\bparte\s+variabile\b|\brisorse\s+variabili\b/i;

/**
 * "fondo, parte variabile", "fondo (risorse variabili)": the fund named with its variable part, not
 * with a later year's ("… confluiscono nel fondo dell'anno successivo come risorse variabili").
 */
const VARIABLE_PART_AFTER = /^fondo\b[\s,(–—-]*(?:parte|risorse|quota)\s+variabil/i;

/** "un incremento di", "L’incremento proposto, pari a": the fund's increase the amount after it quantifies ("… € 739,80 delle risorse variabili del fondo"). */
const INCREASE_OF = /\bincrement\w*(?:\s+[\p{L}’']+){0,2},?\s+(?:di|pari\s+a)\s*$/iu;

/** How far back from a mention, on the lines of its paragraph, a sentence's amount is looked for. */
const SENTENCE_BACK_REACH = 200;

/**
 * The amounts in euro before a mention of one kind, from where its sentence starts: "si
 * quantifica in € 800,00 l’incremento della parte variabile del fondo per le risorse decentrate"
 * (feeding the fund), "… € 960 l’incremento delle risorse del fondo" (a fund, with `between` said
 * between the amount and the mention, or the fund's variable part right after it: "Le somme (€
 * 530,80) saranno inserite nel fondo, parte variabile, …"). Looked for only when no sentence names
 * an amount after its mention, feeding first. A sentence starts after a full stop, a semicolon or a colon, or with its
 * paragraph (after a blank line or a table's line, `TABLE_LINE_WITH_AMOUNT`). Not an hourly cost ("costo orario medio € 18,20"), nor any
 * amount of a sentence that says the project adds nothing ("… e non comporta incremento …").
 */
function amountsBefore(lines: ReadLines, kind: SentenceKind, isFurniture: (index: number) => boolean, between?: RegExp): DeclaredAmount[] {
  const found: DeclaredAmount[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines.headerPiece(k) || isFurniture(k)) continue;
    const mention = mentionOn(lines, k, kind, isFurniture);
    if (!mention) continue;
    const mentioned = lines.text(k);
    let start = k;
    let euro = namesEuro(mentioned);
    for (let before = 0; start > 0 && before < SENTENCE_BACK_REACH; start--) {
      const text = lines.text(start - 1);
      if (text === '' || TABLE_LINE_WITH_AMOUNT.test(lines.source(start - 1).text)) break;
      if (isFurniture(start - 1)) continue;
      before += text.length + 1;
      euro ||= namesEuro(text);
    }
    if (!euro) continue;
    const upToMention = joinWithOffsets(lines.slice(start, k + 1), (i) => isFurniture(start + i));
    const window = lines.slice(start, mention.lastLine + 1);
    // A mention wrapped onto the next line: the sentence joined reaches that line too.
    const joined = mention.lastLine === k ? upToMention : joinWithOffsets(window, (i) => isFurniture(start + i));
    const at = upToMention.text.length - mentioned.length + mention.index;
    const head = joined.text.slice(0, at);
    const from = lastSentenceEnd(head);
    // "… e non comporta incremento delle risorse … del Fondo": the sentence says the project adds nothing.
    if (NO_INCREASE.test(joined.text.slice(from, at + mention[0].length))) continue;
    const variablePartNamed = VARIABLE_PART_AFTER.test(joined.text.slice(at));
    for (const match of head.slice(from).matchAll(FURTHER_AMOUNT)) {
      if (between && !variablePartNamed && !between.test(head.slice(from + match.index)) && !INCREASE_OF.test(head.slice(from, from + match.index))) continue;
      // "(costo orario medio € 18,20)": an hourly cost, never the amount.
      if (HOURLY_BEFORE.test(head.slice(from, from + match.index))) continue;
      const sentence = head.slice(from, from + match.index + match[0].length);
      const amount = declaredIn(window, joined, from + match.index, at + mention[0].length, digitsOf(match), namesAnotherSumOrFundSize(sentence));
      if (amount) found.push(amount);
    }
  }
  return found;
}

/** A mention starting on a line, and the line it ends on. */
interface Mention {
  index: number;
  0: string;
  lastLine: number;
}

/**
 * The mention of a kind starting on line `k`, read on through the next line where a line broken at
 * a fixed width cut it ("… l'incremento delle risorse variabili ex art. 67, comma" / "5, lett. b),
 * …", "… a carico del fondo della" / "produttività collettiva, …"): a mention the line alone has
 * first, else one starting on it and ending on the next line of text. Null where none starts on it.
 */
function mentionOn(lines: ReadLines, k: number, kind: SentenceKind, isFurniture: (index: number) => boolean): Mention | null {
  const text = lines.text(k);
  if (text === '') return null;
  const own = kind.mention.exec(text);
  if (own) return { index: own.index, 0: own[0], lastLine: k };
  if (!kind.brokenFrom?.test(text)) return null;
  const next = nextTextLine(lines, k, isFurniture);
  if (next < 0) return null;
  const across = kind.mention.exec(`${text} ${lines.text(next)}`);
  return across && across.index < text.length ? { index: across.index, 0: across[0], lastLine: next } : null;
}

/** The next line after `k` with text that is not the page's furniture; -1 where there is none. */
function nextTextLine(lines: ReadLines, k: number, isFurniture: (index: number) => boolean): number {
  for (let i = k + 1; i < lines.length; i++) if (lines.text(i) !== '' && !isFurniture(i)) return i;
  return -1;
}

/**
 * "… per il 20% del costo orario" / "complessivo" / "(pari a € 798,00), …": a line of header words
 * in lower case, straight after a line that leaves its sentence open, is that sentence going on,
 * broken at a fixed width, not a table's header ("… come da prospetto:" / "COSTO ORARIO").
 */
function carriesOn(lines: ReadLines, index: number, isFurniture: (index: number) => boolean): boolean {
  let before = index - 1;
  while (before >= 0 && isFurniture(before)) before--;
  if (before < 0) return false;
  const previous = lines.text(before);
  return previous !== '' && !/[.:;]$/.test(previous) && /^\p{Ll}/u.test(lines.text(index));
}

/**
 * "Totale\t\t\t\t€ 706,34", "Infermiere D1   90   18,69   20   336,42": a table's line, its last cell an
 * amount with cents set apart by a tab or three spaces or more. A sentence never runs on from it: where no
 * blank line sets a heading such as "Condizioni per l'incremento del fondo" apart from the table
 * above, its mention starts its own sentence and the table's total is not the amount it names.
 */
const TABLE_LINE_WITH_AMOUNT = /\S(?:\t|\s{3,})(?:€\s*)?(?:\d{1,3}(?:\.\d{3})+|\d+),\d\d\s*$/;
/** "non comporta incremento", "nessun onere", "senza alcun incremento": the project adds nothing to the fund. */
const NO_INCREASE = /\bnon\s+(?:comporta|prevede|determina|d[àa]\s+luogo\s+a)\b|\bnessun\w*\s+(?:incremento|onere|aumento)\b|\bsenza\s+(?:alcun\w*\s+)?(?:incremento|oneri)\b/i;
/** The words right before an amount name an hourly cost: "costo orario medio", "tariffa oraria di", "€/h". */
const HOURLY_BEFORE = /\b(?:orari[oa]|all['’]ora|per\s+ora|tariffa)\b[^€\d()]{0,20}\(?\s*$/i;

/** Where the last sentence of `text` starts: past its last sentence end. */
function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(SENTENCE_END)) end = match.index + match[0].length;
  return end;
}

/** The amounts of one kind of sentence; page furniture (`isFurniture`) that breaks a sentence is passed over. */
function amountsOfSentences(lines: ReadLines, kind: SentenceKind, isFurniture: (index: number) => boolean, plan: PlanContext = {}): DeclaredAmount[] {
  const found: DeclaredAmount[] = [];
  /** The line of the last amount found: a mention on a line before it is in a sentence already read. */
  let readUpTo = 0;
  for (let k = 0; k < lines.length; k++) {
    const mentioned = lines.text(k);
    // A table's header naming the fund ("QUOTA AL FONDO") is no sentence.
    if (lines.source(k).line < readUpTo || lines.headerPiece(k) || isFurniture(k) || !mentionOn(lines, k, kind, isFurniture)) continue;
    let end = k + 1;
    let euro = namesEuro(mentioned);
    for (let after = 0; end < lines.length && after < SENTENCE_REACH; end++) {
      const text = lines.text(end);
      if (text === '' || isFurniture(end)) continue;
      // "… del fondo, come da prospetto seguente:" and a staff table: the sentence does not reach into it.
      if (lines.headerPiece(end) && !carriesOn(lines, end, isFurniture)) break;
      after += text.length + 1;
      euro ||= namesEuro(text);
    }
    if (!euro) continue;
    const window = lines.slice(k, end);
    const joined = joinWithOffsets(window, (i) => isFurniture(k + i));
    for (const match of sentencesFrom(kind, joined.text, mentioned.length)) {
      // "… destinati al fondo." / "RIEPILOGO" / "Progetto n. 1 – … € 2.512,52": another project's amount, in a summary.
      const named = OTHER_PROJECT.exec(match[0]);
      if (named && Number(named[1]) !== plan.project) continue;
      // "nel 2004 erano stati destinati € 3.050,00": the words before the mention may name another sum too.
      const sentence = joined.text.slice(lastSentenceEnd(joined.text.slice(0, match.index)), match.index + match[0].length);
      const first = isClauseAside(match[0]) ? null : declaredIn(window, joined, match.index, match.index + match[0].length, digitsOf(match), namesAnotherSumOrFundSize(sentence) || namesPastYear(sentence, plan.year));
      const further = furtherAmounts(window, joined, match.index, match.index + match[0].length);
      // "€ 9.500,00 complessivi, di cui € 530,80 per il presente progetto": the project's part first.
      const part = further.filter((f) => f.projectPart).map((f) => f.amount);
      const others = further.filter((f) => !f.projectPart).map((f) => f.amount);
      const own = first ? [first] : [];
      const inLire = first ? lireBefore(window, joined, match) : null;
      const amounts = part.length > 0 ? [...part, ...own, ...others] : withTotalOfPartsFirst([...own, ...(inLire ? [inLire] : []), ...others]);
      // A clause of another year is the sentence's further amount and may be a sentence of its own too.
      for (const amount of amounts) if (!found.some((f) => sameAmount(f, amount))) found.push(amount);
    }
    readUpTo = found.at(-1)?.source.lines.at(-1) ?? readUpTo;
  }
  return found;
}

/**
 * The sentences of a kind in `text` that start on its first line (`mentionLength` characters),
 * each searched after the end of the one before: "Nel 2022 al progetto erano stati destinati €
 * 1.100,00; per il 2023 si destinano al Fondo risorse decentrate € 994,80." gives both, the second
 * a candidate the staff table can bear out. One sentence where no other starts after its end.
 */
function* sentencesFrom(kind: SentenceKind, text: string, mentionLength: number): Generator<RegExpExecArray> {
  for (let from = 0; from < mentionLength; ) {
    const rest = text.slice(from);
    const found = kind.sentence.exec(rest);
    if (!found || from + found.index >= mentionLength) return;
    const match = Object.assign([...found], { index: from + found.index, input: text, groups: found.groups }) as RegExpExecArray;
    yield match;
    const after = match.index + match[0].length;
    const ends = text.slice(after).search(SENTENCE_END);
    if (ends < 0) return;
    from = after + ends + 1;
  }
}

/**
 * "… del Fondo Salario Accessorio di €" / "14" / "CAMERA DI COMMERCIO – Progetti …" / "2.496,2,
 * quale sommatoria …": a sentence left open on its currency goes on at the next line that starts
 * with an amount; up to three short lines between, without cents, neither a figure going on
 * the sentence nor a table's header, are the page's furniture (its number, a running footer or
 * header), which a page break printed once cannot show as such.
 * The indexes of those lines.
 */
function linesOverPageBreak(lines: ReadLines): Set<number> {
  const over = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!endsOnCurrency(lines.text(i))) continue;
    const between: number[] = [];
    for (let k = i + 1; k < lines.length && between.length <= MAX_FURNITURE_LINES; k++) {
      const text = lines.text(k);
      if (text === '') continue;
      if (AMOUNT_AT_START.test(text)) {
        for (const index of between) over.add(index);
        break;
      }
      const pageLike = text.length <= MAX_FURNITURE_LENGTH && !FIGURE_WITH_CENTS.test(text) && !FIGURE_THEN_WORDS.test(text) && !endsOnCurrency(text);
      if (!pageLike || lines.headerPiece(k)) break;
      between.push(k);
    }
  }
  return over;
}

/** An amount with its cents and no figure after it: "2.496,2, quale …", not a staff row. */
const AMOUNT_AT_START = /^(?:\d{1,3}(?:\.\d{3})*|\d+),\d{1,2}(?!\d)(?!\s*\d)/;
const FIGURE_WITH_CENTS = /\d,\d/;
/** "304, quale sommatoria …": an amount without cents goes on the sentence; a page's number stands alone. */
const FIGURE_THEN_WORDS = /^\d[\d.]*,?\s*[a-zà-ú]/i;
const MAX_FURNITURE_LINES = 3;
const MAX_FURNITURE_LENGTH = 100;

/**
 * "Nel 2012 l’analogo progetto ha alimentato il Fondo … per € 4.120,00" in a plan of 2013: a
 * sentence naming, before its amount, one of the years before the plan's (after "nel", "per il",
 * "anno", "dal") and not the plan's own gives a past year's sum. Not a date ("CCNL 21/05/2018").
 */
function namesPastYear(sentence: string, year: number | null | undefined): boolean {
  if (year == null) return false;
  const named = [...sentence.matchAll(YEAR_NAMED)].map((match) => Number(match[1]));
  return named.some((y) => y < year) && !named.includes(year);
}

const YEAR_NAMED = /\b(?:nel(?:l['’]\s*anno)?|per\s+il|dal|anno)\s+((?:19|20)\d\d)\b(?![/.,]\d)/gi;

/** A sentence ended, then a project named, between a mention and an amount: the amount is that project's (unless it is the sentence's own), in a summary. */
const OTHER_PROJECT = /\.\s+[A-ZÀ-Ý][\s\S]*?\b(?:[Pp]rogetto|PROGETTO)\s+(?:[nN](?:[rR]|um(?:ero)?)?\s*[°º.]*\s*)?(\d{1,3})\b/;

/**
 * "… di L. 4.557.000 (pari a € 2.353,49)": the amount in lire a sentence's amount in euro restates,
 * right before it; the plan's tables may be in either currency (see `inTheTablesCurrency`).
 */
function lireBefore(window: ReadLines, joined: JoinedText, match: RegExpExecArray): DeclaredAmount | null {
  const lire = LIRE_BEFORE_EURO.exec(match[0]);
  return lire ? declaredIn(window, joined, match.index, match.index + match[0].length, lire[1]) : null;
}

const LIRE_BEFORE_EURO = new RegExp(String.raw`${LIRE}\s*(\d{1,3}(?:\.\d{3})+)${RESTATED_IN_EURO}\.?\s*[\d.,]+\s*\)?$`, 'i');

/** The digits of an amount in euro (or in lire), from whichever of its forms matched. */
function digitsOf(match: RegExpMatchArray): string | undefined {
  return match[1] ?? match[3] ?? match[5] ?? match[7];
}

/** Whether a line has "€" or "euro" ("eur"), or lire: a window without either has no amount to read. */
function namesEuro(text: string): boolean {
  return text.includes('€') || EURO_WORD.test(text) || LIRE_WORD.test(text);
}

const LIRE_WORD = /\bL(?:it)?\.\s*\d|\blire\b/i;

const EURO_WORD = /\beur/i;

/**
 * The amounts in euro after the first, up to the end of the sentence that starts at `start`, but
 * for asides: an amount in brackets ("(nel 2017 l’analogo progetto aveva comportato € 2.027,60)")
 * or a part of the one before ("€ 700,00, di cui € 642,00 per …") or an hourly cost ("costo
 * orario medio di € 13,02") is never what the sentence declares.
 */
function furtherAmounts(window: ReadLines, joined: JoinedText, start: number, from: number): Array<{ amount: DeclaredAmount; projectPart: boolean }> {
  const rest = joined.text.slice(from);
  const sentence = rest.slice(0, endOfSentence(rest));
  const found: Array<{ amount: DeclaredAmount; projectPart: boolean }> = [];
  const brackets = new OpenBrackets(joined.text, start);
  for (const match of sentence.matchAll(FURTHER_AMOUNT)) {
    const at = from + match.index;
    const end = at + match[0].length;
    const partOf = endsOnPartOf(joined.text.slice(start, at));
    const projectPart = partOf && found.length === 0 && PROJECT_PART.test(joined.text.slice(end));
    if (brackets.openUpTo(at) || (partOf && !projectPart) || HOURLY_BEFORE.test(joined.text.slice(start, at))) continue;
    const further = declaredIn(window, joined, start, end, digitsOf(match), !projectPart && namesAnotherSum(joined.text.slice(start, end)));
    if (further) found.push({ amount: further, projectPart });
  }
  return found;
}

/**
 * "… di € 300,00 per il 2020 e di € 230,80 per il 2021, per complessivi € 530,80": a sentence's
 * last amount that is the sum of the amounts before it is what the sentence declares, the others
 * its parts; it comes first, and names no other sum.
 */
function withTotalOfPartsFirst(amounts: DeclaredAmount[]): DeclaredAmount[] {
  if (amounts.length < 3) return amounts;
  const total = amounts.at(-1)!;
  const parts = amounts.slice(0, -1);
  if (!parts.reduce((sum, part) => sum.plus(part.amount.value), new Decimal(0)).eq(total.amount.value)) return amounts;
  return [{ amount: total.amount, source: total.source }, ...parts];
}

/** "… di cui € 530,80 per il presente progetto": the words after a part of an amount that make it the project's. */
const PROJECT_PART = /^\s*(?:€|euro)?\s*(?:per|relativ[io]\s+al|riferit[io]\s+al|destinat[io]\s+al)\s+(?:il\s+|al\s+)?(?:presente|questo|nostro)?\s*progetto\b/i;

/** The same amount, as printed, on the same lines. */
function sameAmount(a: DeclaredAmount, b: DeclaredAmount): boolean {
  return a.amount.raw === b.amount.raw && a.source.lines.join() === b.source.lines.join();
}

/**
 * Where the sentence that `text` is the rest of ends: at its end (`SENTENCE_END`), or past it
 * before a clause or a sentence that turns to another year ("Nel 2018 l'analogo progetto ha
 * comportato un incremento del fondo di € 1.100,00; per il 2019 l'incremento è di € 894,10", "… €
 * 1.100,00. Per il 2019 si propone un incremento di € 894,10."), whose amount is one the sentence
 * may declare.
 */
function endOfSentence(text: string): number {
  for (let offset = 0; ; ) {
    const ends = text.slice(offset).search(SENTENCE_END);
    if (ends < 0) return text.length;
    const at = offset + ends;
    if (!ANOTHER_YEAR_CLAUSE.test(text.slice(at))) return at;
    offset = at + 1;
  }
}

const ANOTHER_YEAR_CLAUSE = /^[;.]\s*(?:e\s+|mentre\s+)?(?:per|nel|nell['’]|dal)\s*(?:il\s+|l['’]\s*)?(?:anno\s+)?(?:19|20)\d\d\b/i;

/** The brackets left open in `text` from `start`, counted on as the offsets asked about advance. */
class OpenBrackets {
  private open = 0;

  constructor(
    private readonly text: string,
    private counted: number,
  ) {}

  openUpTo(offset: number): boolean {
    for (; this.counted < offset; this.counted++) this.open = nextOpen(this.open, this.text.charAt(this.counted));
    return this.open > 0;
  }
}

function nextOpen(open: number, char: string): number {
  if (char === '(') return open + 1;
  return char === ')' && open > 0 ? open - 1 : open;
}

/**
 * An amount in brackets in a clause after the mention's ("… destinato al Fondo, mentre il costo
 * delle ore (€ 3.420,00) resta …"): an aside, never the amount. One in brackets right after the
 * mention restates it ("… al Fondo Salario Accessorio (pari a € 2.496,20)", "di euro
 * duecentoventiquattro/42 (€ 224,42)").
 */
function isClauseAside(sentence: string): boolean {
  return isAside(sentence) && sentence.slice(0, sentence.lastIndexOf('(')).includes(',');
}

/** The text before an amount leaves a bracket open, or ends on "di cui". */
function isAside(before: string): boolean {
  let open = 0;
  for (const char of before) open = nextOpen(open, char);
  return open > 0 || endsOnPartOf(before);
}

/**
 * Whether `text` ends on "di cui" (and a currency): looked for in its last words only, so that a
 * sentence of thousands of amounts is not searched again from its start at each of them.
 */
export function endsOnPartOf(text: string): boolean {
  const beforeCurrency = skipSpaceBack(text, skipCurrencyBack(text, skipSpaceBack(text, text.length)));
  return searchesFrom(PART_OF_FROM, text, beforeCurrency - 'di cui'.length);
}

export const PART_OF = /\bdi cui\s*(?:€|\beuro\b)?\s*$/i;
const PART_OF_FROM = new RegExp(PART_OF.source, 'gi');

/**
 * The amount read from `digits`, with the lines of its sentence from `start` to `end` (offsets in
 * `joined`, the text of `window`: only the window's lines are looked through).
 */
function declaredIn(window: ReadLines, joined: JoinedText, start: number, end: number, digits: string | undefined, namesAnotherSum = false): DeclaredAmount | null {
  const read = digits === undefined ? null : readAmountDigits(digits);
  if (!read) return null;
  const first = joined.lineAt(start);
  const last = joined.lineAt(end - 1);
  const spanned: number[] = [];
  for (let i = 0; i < window.length; i++) {
    const line = window.source(i).line;
    if (line >= first.line && line <= last.line && window.text(i) !== '') spanned.push(line);
  }
  return { amount: read, source: { lines: spanned, page: last.page }, ...(namesAnotherSum && { namesAnotherSum }) };
}

/** An amount's digits as matched, the slash or a broken comma before its cents read as the comma, a space before a thousands dot dropped; `raw` as printed. */
function readAmountDigits(digits: string): Amount | null {
  const parsed = parseItalianNumber(digits.replace(SPACE_BEFORE_DOT, '').replace(CENTS_MARK, ','));
  return parsed && parsed.raw !== digits ? { value: parsed.value, text: parsed.text, raw: digits } : parsed;
}

const CENTS_MARK = new RegExp(`\\/|${BROKEN_CENTS.source}`);

/** Whether `text` ends on an amount whose last words name another sum (`ANOTHER_SUM`), looked for in its last words only. */
export function namesAnotherSum(text: string): boolean {
  const afterFigures = skipSpaceBack(text, skipCurrencyBack(text, skipSpaceBack(text, text.length)));
  let figuresStart = afterFigures;
  while (figuresStart > 0 && FIGURE_CHAR.test(text.charAt(figuresStart - 1))) figuresStart--;
  const from = skipSpaceBack(text, figuresStart) - LONGEST_CURRENCY - ANOTHER_SUM_GAP;
  return searchesFrom(ANOTHER_SUM_FROM, text, wordStartBefore(text, from));
}

/** Whether a global `pattern` matches `text` at or after `from`, which the pattern's `\b` sees in its context. */
function searchesFrom(pattern: RegExp, text: string, from: number): boolean {
  pattern.lastIndex = Math.max(0, from);
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** The offset where the white space that ends `text` at `end` begins. */
function skipSpaceBack(text: string, end: number): number {
  return text.slice(0, end).trimEnd().length;
}

/** The offset before a "€" or "euro" that ends `text` at `end`, else `end`. */
function skipCurrencyBack(text: string, end: number): number {
  if (text[end - 1] === '€') return end - 1;
  return text.slice(Math.max(0, end - 4), end).toLowerCase() === 'euro' ? end - 4 : end;
}

/** A character of an amount's figures, as `ANOTHER_SUM` reads them. */
const FIGURE_CHAR = /[\d.,'’ /]/;
/** "€.", "euro", "eur.": the longest currency `ANOTHER_SUM` reads, and the most words it lets stand between the other sum's name and it. */
const LONGEST_CURRENCY = 4;
const ANOTHER_SUM_GAP = 40;

/**
 * Words that name another sum right before an amount (its last words, without figures between):
 * a cost ("costo orario complessivo del personale di € 2.592,80"), a spending, the fund's size
 * ("ammonta a complessivi € 185.400,00"), what the amount is net or gross of ("già al netto
 * della quota di € 120,00 finanziata dalla Regione"), a past year's ("nel 2021 erano pari a €
 * 1.100,00"), what a budget's chapter holds ("che presenta una disponibilità di € 25.000,00").
 */
export const ANOTHER_SUM = /(?:\b(?:cost[oi]|ammont\w*|complessiv[ie]|spesa|stanziament\w*|dotazione|netto|lordo|erano|era|furono)\b|\bdisponibilit[àa](?![a-z]))[^;:()€\d]{0,40}(?:€\.?|\beuro\b|\beur\b\.?)\s*\d[\d.,'’ /]*(?:\s*(?:€|euro))?\s*$/i;
const ANOTHER_SUM_FROM = new RegExp(ANOTHER_SUM.source, 'gi');

/** Whether the words before a sentence's amount make it another sum ({@link namesAnotherSum}) or the fund's size ({@link FUND_SIZE}). */
function namesAnotherSumOrFundSize(sentence: string): boolean {
  return namesAnotherSum(sentence) || FUND_SIZE.test(sentence);
}

/**
 * A sentence that opens on the fund and gives its size before what the project adds to it: "Il
 * fondo complessivo, pari a € 88.000,00, è integrato di € 530,80", "Il fondo dell’anno 2005 è di €
 * 45.000,00 e viene incrementato …". Not the project's own fund ("Il fondo del progetto è pari a
 * €"), nor an amount the fund is increased by ("Il fondo è incrementato, per un importo pari a €").
 * Anchored at the sentence's start, and read over its first words only.
 */
const FUND_SIZE = /^\s*(?:il\s+|l['’]\s*)?fondo\b(?!\s+(?:del|di|per\s+il)\s+(?:presente\s+)?progetto)(?:(?!increment|integr|aument|alimenta|destin|progett)[^;:€]){0,80}?(?:\bpari\b[^;:€]{0,30}?\ba|\sè\s+(?:pari\s+a|di)|\bammont\w*\s+(?:complessivamente\s+)?a)\s*(?:complessivi\s+)?(?:€|euro\b)\s*\d[\d.,]*\s*$/i;
