import type { SourceLine } from '../model.js';
import type { ReadLines } from './read-line.js';
import { opensStaffTable } from './table-header.js';
import { editDistance, endsOnOpenWord, LATIN_LETTERS, placesDiffering } from './text.js';

/**
 * "Progetto", "Scheda progetto", "Scheda di progetto", "Scheda progettuale", "Prog.", and a word
 * that qualifies it: "Progetto obiettivo", "PROGETTO-OBIETTIVO", "Progetto speciale", "Progetto
 * strategico", "PROGETTO DI MIGLIORAMENTO".
 */
const WORD = String.raw`^\s*(?:scheda\s+(?:(?:di|del)\s+)?)?(?:progetto|progettuale|prog\.)(?:\s*-\s*obiettivo\s+|\s+(?:(?:obiettivo|speciale|strategico|di\s+miglioramento)\s+)?|\s*(?=n))`;
/** "n.", "N°", "nr.", "numero", "#". */
const NUMBER_MARK = String.raw`(?:n(?:r|um(?:ero)?)?\s*[°º.ro]*|#)\s*`;
/** A year after the number ("N. 2/2016"), never read. */
const YEAR = String.raw`(?:\/\d{2,4})?`;
/** "Progetto n. 3 bis": a project added after the third, its suffix kept as the start of its title. */
const SUFFIX_AHEAD = String.raw`\s+(?=(?:bis|ter|quater)\b)`;
/** What may stand between the number and the title: a mark, a quote opening the title, "denominato", a suffix. */
const AFTER_NUMBER = String.raw`\s*(?:[-–—:.)•·|;]\s*|(?=["“«])|$|denominat[oa]\b\s*:?\s*)|${SUFFIX_AHEAD}`;

/**
 * "Progetto N°1 - …", "PROGETTO n° 4: …", "PROGETTO N. 6: …", "Progetto n°18: “…”", "Progetto n. 7 – …",
 * "Progetto 3 – …", "Progetto 1° – …", "Scheda progetto n. 1 – …", "Progetto n° 2 denominato “…”", "PROGETTO N. 2/2016 -";
 * and, read as headings only where a paragraph starts (see `runsOn`), "Progetto 3" alone on its
 * line and "PROGETTO 3. …". Groups: the number (in one of three places), then the title.
 */
const PROJECT_HEADING = new RegExp(
  String.raw`${WORD}(?:${NUMBER_MARK}(\d{1,3})${YEAR}(?:${AFTER_NUMBER})|(\d{1,3})(?:[°ºª^]|${YEAR})(?:\s*(?:[-–—:)•·|;]\s*|denominat[oa]\b\s*:?\s*)|${SUFFIX_AHEAD})|(\d{1,3})${YEAR}(?:\.\s+|$))(.*)$`,
  'i',
);

/**
 * "PROGETTO N. 2 Censimento permanente", "Progetto 1        Recupero dell'evasione" (a sheet's
 * cells): a numbered heading whose title is set apart only by space (a layout's gap, collapsed).
 * Read as a heading only where a paragraph starts, and when the title starts with a capital.
 */
const SPACED_HEADING = new RegExp(String.raw`${WORD}(?:${NUMBER_MARK})?(\d{1,3})\s+(\S.*)$`, 'i');

/** A project heading found on a line: its number and the title text that follows on that line. */
export interface ProjectHeading {
  number: number;
  titleStart: string;
  line: SourceLine;
  index: number;
  /**
   * Written as prose could run on into it: "progetto n. 2." in lower case, "Progetto 2" without a
   * mark after the number. It opens a project only where a paragraph starts.
   */
  weak: boolean;
  /**
   * The word the heading names the project with: "Obiettivo n. 1 –" in some plans; null for a
   * number and a title alone ("1) Potenziamento dello sportello", see `numberedHeadings`).
   */
  word: HeadingWord | null;
  /** Not printed as a heading: the project's place told by the numbering and the structure (see `withUnreadHeadings`). */
  unread?: true;
}

/** The word a heading names its project with: "Progetto", or one some plans use instead. */
export type HeadingWord = 'progetto' | 'obiettivo' | 'intervento' | 'azione' | 'scheda' | 'piano' | 'attivita';

/** The word of a heading that starts with one of {@link OTHER_WORD}. */
function otherWordOf(collapsed: string): HeadingWord {
  const word = /^\s*(obiettivo|intervento|azione|scheda|piano|attivit[àa])/i.exec(collapsed)![1]!.toLowerCase();
  return (word.startsWith('attivit') ? 'attivita' : word) as HeadingWord;
}

/** Combining accents, as a scan's text may put them apart from their letters. */
const MARKS = '\u0300-\u036f';
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * "Obiettivo", "Obiettivo di miglioramento", "Intervento", "Azione", "Scheda", "Piano" ("Piano di
 * attività", its qualifier aside: see `withoutQualifiers`), "Attività": words some plans name their
 * projects with.
 */
const OTHER_WORD = String.raw`(?:obiettivo(?:\s+di\s+miglioramento)?|intervento|azione|scheda|piano|attivit[àa])`;
const OTHER_WORD_START = new RegExp(String.raw`^${OTHER_WORD}(?![${LATIN_LETTERS}])`, 'i');

/**
 * "Obiettivo n. 1 – …", "OBIETTIVO N° 2: …", "OBIETTIVO 2 – …"; and, read as a heading only where a
 * paragraph starts, "OBIETTIVO 2" alone on its line. The word some plans name their projects with:
 * among "Progetto" headings, a project only where it has the shape of one (see `withObjectives`).
 * Groups: the number (after a mark, or without one), then the title.
 */
const OBJECTIVE_HEADING = new RegExp(
  String.raw`^\s*${OTHER_WORD}\s+(?:${NUMBER_MARK}(\d{1,3})${YEAR}\s*(?:[-–—:.)•·|;]\s*|(?=["“«])|$)|(\d{1,3})${YEAR}\s*(?:[-–—:)•·|;]\s*|$))(.*)$`,
  'i',
);

/** A section's or a list's number before a heading in capitals: "8.2 ", "1. ", "10.2.1) ". */
const OUTLINE_BEFORE_HEADING = /^\d{1,2}(?:\.\d{1,2}){0,3}[.)]?\s+(?=(?:Progetto|PROGETTO|Scheda|SCHEDA)\s)/;

/** A few words in capitals or capitalised and a dash before a heading with its number: "Servizio Tributi – ", "AREA TECNICA - ". */
const OFFICE_BEFORE_HEADING = /^\p{Lu}[\p{L}'’.]*(?:\s+[\p{L}'’.]+){0,4}\s+[-–—]\s+(?=(?:Progetto|PROGETTO)\s+(?:n|N|\d))/u;

/** Whether the line opens on {@link OFFICE_BEFORE_HEADING}, looked for only where it names a project at all. */
function officeBeforeHeading(printed: string): boolean {
  return (printed.includes('Progetto ') || printed.includes('PROGETTO ')) && OFFICE_BEFORE_HEADING.test(printed);
}

/**
 * The number first: "3) Progetto: …", "3. PROGETTO – …", "1) Progetto “…”", "1° Progetto – …", "2^ PROGETTO: …". The word and its title
 * are capitalised, a mark or a quote between them, so that a list in prose ("1) progetto
 * formativo …", "1) Progetto: definizione delle procedure;") is no heading. "1° OBIETTIVO: …",
 * "2° Obiettivo – …" only with an ordinal's mark: "1) Obiettivo: …" is a list's.
 */
const NUMBER_FIRST_HEADING = /^(\d{1,3})\s*(?:[.)]\s*(?:PROGETTO|Progetto)|[°ºª^]\s*(PROGETTO|Progetto|OBIETTIVO|Obiettivo))\s*(?:[-–—:]\s*|(?=["“«]))((?=["“«\p{Lu}]).*)$/u;

/**
 * "N. progetto: 1", "Numero del progetto: 2", "Progetto n.: 3": a form's field of the project's
 * number alone on its line; its title is another field ("Titolo: …"). Group: the number.
 */
const FIELD_HEADING = /^\s*(?:n(?:r|um(?:ero)?)?\s*[°º.]*\s*(?:del\s+)?progetto|progetto\s+n(?:r|um(?:ero)?)?\s*[°º.]*)\s*:\s*(\d{1,3})\s*$/i;
const FIELD_START = /^\s*[np]/i;

/** Reads a project heading from one line (`text`: its text collapsed, see `collapseSpace`), or null. */
export function readProjectHeading(line: SourceLine, index: number, text: string): ProjectHeading | null {
  // "‘Progetto n. 1 - …", "| Progetto n. 3 - …": a speck or a rule's piece OCR read before the heading.
  const printed = line.ocr !== undefined && OCR_SPECK_BEFORE_WORD.test(text) ? text.replace(OCR_SPECK_BEFORE_WORD, '') : text;
  const field = FIELD_START.test(printed) ? FIELD_HEADING.exec(printed) : null;
  if (field) return headingOf(line, index, field[1]!, '', false);
  if ((!HEADING_START.test(printed) && !officeBeforeHeading(printed)) || MARK_READ_AS_ELEVEN.test(printed)) return null;
  // "Progetto n. 2 ‑ …", "Progetto n. 3 − …": a non-breaking hyphen, a figure dash, a minus sign, a bar for the dash.
  const collapsed = RARE_DASH.test(printed) ? printed.replace(RARE_DASHES, '–') : printed;
  const heading = readAsPrinted(line, index, collapsed);
  if (heading !== null) return heading;
  const plain = QUALIFIED_HEADING.test(collapsed) ? withoutQualifiers(collapsed) : collapsed;
  const mended = SCANNED_HEADING.test(plain) ? mendScannedHeading(plain) : ROMAN_HEADING.test(plain) ? arabicHeading(plain) : numberedInWords(plain);
  if (mended !== null) return readAsPrinted(line, index, mended);
  return plain === collapsed ? null : readAsPrinted(line, index, plain);
}

const OCR_SPECK_BEFORE_WORD = /^[‘’'`"|!.,:;•·*°^~_-]{1,2} ?(?=[A-Za-z])/;

/**
 * A word that qualifies a heading's noun: an adjective ("finalizzato", "trasversale", "operativo")
 * or a noun after "di" ("di attività", "di performance organizzativa", "di Ateneo", "della rete");
 * never an article, a preposition but "di", a conjunction, a relative, the name of an act or of a
 * place in one, nor another project's noun after "del" ("Progetto di cui alla delibera n. 45 –",
 * "Obiettivo del progetto n. 2:", "Progetto approvato con determina n. 3 –" are prose).
 */
const QUALIFIER = String.raw`\s+(?:d['’]\s*|di\s+|(?:del(?:lo|la|le|i)?\s+|dell['’]\s*|degli\s+)(?!progett|obiettiv|pian[oi]|sched|attivit|intervent|azion))?(?!(?:a|ad|al|allo|alla|ai|agli|alle|il|lo|la|i|gli|le|un|uno|una|con|per|in|nel|nello|nella|nei|negli|nelle|su|sul|sulla|sui|da|dal|dalla|dai|tra|fra|del|dello|della|dei|degli|delle|cui|che|come|e|ed|o|vedi|v|delibera|deliberazione|determina|determinazione|decreto|legge|articolo|art|comma|allegato|punto|paragrafo|pag|pagina|tabella|prot|protocollo|nota|verbale|contratto|accordo|numero|num|nr|n)\b)[${LATIN_LETTERS}]+`;
/** "(trasversale)", "(prosecuzione del progetto 2015)": an aside in brackets, not a project's continuation ("(segue)"). */
const ASIDE = String.raw`\s*\((?![^()]*\b(?:segue|continua|continuazione)\b)[^()]{1,80}\)`;
/**
 * "Progetto obiettivo trasversale n. 3 – …", "Progetto finalizzato n. 1 – …", "Piano di attività
 * n. 1 – …", "Obiettivo operativo n. 2 – …", "Progetto n. 2 (prosecuzione del progetto 2015) – …",
 * "Progetto obiettivo I – …": a heading's noun, up to three words that qualify it and an aside,
 * then its number after a mark (a Roman numeral in capitals without one, a dash after it), an
 * aside, and a mark or the line's end. Groups: the noun, the mark, the number after it, the
 * Roman numeral without one, what follows the number.
 */
const QUALIFIED_HEADING = new RegExp(
  String.raw`^(\s*(?:(?:scheda\s+(?:(?:di|del)\s+)?)?(?:progetto|prog\.)|obiettivo|scheda|piano|attivit[àa]|intervento|azione))(?:${QUALIFIER}){0,3}(?:${ASIDE})?\s+(?:(n(?:r|um(?:ero)?)?\s*[°º.]*\s*)(\d{1,3}|[IVX]{1,6})\b|([IVX]{1,6})(?=\s*[-–—:]))(?:${ASIDE})?(?=\s*(?:[-–—:]|$))(.*)$`,
  'i',
);

/** The heading with the words that qualify its noun and its asides left out ("Progetto n. 3 – …"), or the line itself where its number is no numeral. */
function withoutQualifiers(collapsed: string): string {
  const match = QUALIFIED_HEADING.exec(collapsed)!;
  const number = match[3] ?? match[4]!;
  // Letters in lower case are a word, no Roman numeral: "Progetto di vita: …".
  if (!/^(?:\d+|[IVX]+)$/.test(number)) return collapsed;
  return `${match[1]} ${match[2] ?? ''}${number}${match[5]}`;
}

/**
 * "Progetto A – …", "PROGETTO B:", "OBIETTIVO A – …": projects lettered in capitals, numbered by
 * their letter's place (A is 1). Groups: the word, the letter.
 */
const LETTER_HEADING = /^((?:scheda\s+(?:(?:di|del)\s+)?)?(?:progetto|obiettivo)\s+)([A-Z])(?=\s*[-–—:)])/i;
/** "PRIMO PROGETTO – …", "Secondo progetto:": projects numbered by an ordinal before the word. Groups: the ordinal, the word. */
const ORDINAL_HEADING = /^(primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo|undicesimo|dodicesimo)\s+(progetto)(?=\s*[-–—:])/i;
const PROJECT_ORDINALS = ['primo', 'secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo', 'undicesimo', 'dodicesimo'];

/** The heading of a project lettered or numbered by an ordinal, its number written in digits; null for any other line. */
function numberedInWords(collapsed: string): string | null {
  const lettered = LETTER_HEADING.exec(collapsed);
  if (lettered) {
    const letter = lettered[2]!;
    return letter === letter.toUpperCase() ? `${lettered[1]}${letter.charCodeAt(0) - 'A'.charCodeAt(0) + 1}${collapsed.slice(lettered[0].length)}` : null;
  }
  const ordinal = ORDINAL_HEADING.exec(collapsed);
  if (!ordinal) return null;
  return `${ordinal[2]} ${PROJECT_ORDINALS.indexOf(ordinal[1]!.toLowerCase()) + 1}${collapsed.slice(ordinal[0].length)}`;
}

function readAsPrinted(line: SourceLine, index: number, collapsed: string): ProjectHeading | null {
  if (!/^(?:scheda\s+(?:(?:di|del)\s+)?)?prog(?:etto|ettuale|\.)/i.test(collapsed)) {
    if (OTHER_WORD_START.test(collapsed)) {
      const objective = OBJECTIVE_HEADING.exec(collapsed);
      if (!objective) return null;
      const alone = objective[2] !== undefined && objective[3] === '';
      return headingOf(line, index, objective[1] ?? objective[2]!, objective[3]!, alone || /^\p{Ll}/u.test(collapsed), otherWordOf(collapsed));
    }
    // "Servizio Tributi – Progetto n. 1 – …": the office's name before the heading, set apart by a dash.
    const office = officeBeforeHeading(collapsed) ? OFFICE_BEFORE_HEADING.exec(collapsed) : null;
    if (office) return readAsPrinted(line, index, collapsed.slice(office[0].length));
    if (!/^\d/.test(collapsed)) return null;
    const numberFirst = NUMBER_FIRST_HEADING.exec(collapsed);
    if (numberFirst) return headingOf(line, index, numberFirst[1]!, numberFirst[3]!, false, /^o/i.test(numberFirst[2] ?? '') ? 'obiettivo' : 'progetto');
    // "8.2 Progetto n. 1 – …", "1. Progetto n. 1 – …": a section's or a list's number before a heading with its own.
    const outline = OUTLINE_BEFORE_HEADING.exec(collapsed);
    return outline && readAsPrinted(line, index, collapsed.slice(outline[0].length));
  }
  const match = PROJECT_HEADING.exec(collapsed);
  if (!match) {
    const spaced = SPACED_HEADING.exec(collapsed);
    if (!spaced || !/^\p{Lu}/u.test(spaced[2]!)) return null;
    return headingOf(line, index, spaced[1]!, spaced[2]!, true);
  }
  return headingOf(line, index, match[1] ?? match[2] ?? match[3]!, match[4] ?? '', match[3] !== undefined || /^\p{Ll}/u.test(collapsed));
}

/**
 * "PROGETT0 N. 3 – …", "Progetto n. l – …", "PROGETTO N. Z – …": a heading as a scan's text gives
 * it, a nought for an O in the word, an l for a 1, a Z for a 2, an S for a 5 in the number (never
 * an I: "Progetto II" is Roman). Groups: the word, what stands between, the number.
 */
const SCANNED_HEADING = /^(pr[o0]gett[o0])(\s+(?:n(?:r|um(?:ero)?)?\s*[°º.ro]*|#)\s*)((?=[\dlOZS]*[0-9lZS])[\dlOZS]{1,3})(?=\s|[-–—:.)]|$)/i;

/** The heading with the scan's letters for digits and digits for letters put right, or null when nothing was wrong. */
function mendScannedHeading(collapsed: string): string | null {
  const match = SCANNED_HEADING.exec(collapsed)!;
  const word = match[1]!.replace(/0/g, (_, at: number) => (match[1]![at - 1] === match[1]![at - 1]!.toUpperCase() ? 'O' : 'o'));
  const number = match[3]!.replace(/l/g, '1').replace(/O/g, '0').replace(/Z/g, '2').replace(/S/g, '5');
  if (word === match[1] && number === match[3]) return null;
  return `${word}${match[2]}${number}${collapsed.slice(match[0].length)}`;
}

/**
 * "Progetto 11. 2 - …": a scan's "n." read as 11, the number after it. Never a heading as printed
 * (project 11 titled "2 - …"): read as a damaged one (see `readDamagedHeading`).
 */
const MARK_READ_AS_ELEVEN = /^\s*progetto\s+11\.\s*\d{1,3}\s*[-–—:]/i;

/** A speck before a scanned heading: "' Progetto n. 2 - …", ". PROGETTO …". */
const SPECK = String.raw`(?:[^${LATIN_LETTERS}\d\s]{1,2}\s*)?`;
/** The number's mark as a scan damages it: "n*", "n˚", "n\"", "n,", "n0 ", "rn.", "11.", as well as "n.", "N°", "nr.". */
const DAMAGED_MARK = String.raw`(?:rn|11|[nN][rR]?)\s*[°º˚.,"'*~^0]{0,2}\s*`;
/** What a scan makes of the dash between the number and the title: "~", "=", "_", "/", as well as "-", ":". */
const DAMAGED_DASH = String.raw`\s*[-–—:.)~=_/|•·;]\s*`;
/** The title after a heading: it starts with a capital or a quote. */
const TITLE = String.raw`((?=["“«A-ZÀ-ÖØ-Þ]).+)`;
/**
 * "Progelto n° 2 – …", "Pro getto n. 3 - …", "' Progetto n. 2 - …", "Progetto n0 2 - …", "Progetto n. 3 ~ …":
 * a heading's word, its mark and its dash as a scan damages them. Groups: the word, the number, the title.
 */
const DAMAGED_HEADING = new RegExp(String.raw`^${SPECK}([${LATIN_LETTERS}][${LATIN_LETTERS}${MARKS} ]{6,9}?)\s+(?:${DAMAGED_MARK})?(\d{1,3})${DAMAGED_DASH}${TITLE}$`);
/**
 * "Progetto" alone on its line, the number and title on the next: "n° 4 - Gestione …", or, the
 * word in a badge over a large number with the title set beside it, "1 Servizio di mediazione …"
 * (a space, then a capital). Groups: the number, the title.
 */
const WORD_ALONE = new RegExp(String.raw`^${SPECK}([${LATIN_LETTERS}][${LATIN_LETTERS}${MARKS} ]{6,9})$`);
const NUMBER_BELOW_WORD = new RegExp(String.raw`^(?:${DAMAGED_MARK})?(\d{1,3})(?:${DAMAGED_DASH}|\s+)${TITLE}$`);

/**
 * "Progetto" as a scan may print it: a letter misread ("Progelto", "Proqetto", "Progctto"), an
 * accent on one ("Progettó"), a space inside ("Pro getto"), or, after "Proget", a letter read as two
 * ("Progetiio", "Progetlio"); never "progetti", a word of its own.
 */
function isProjectWordScanned(word: string): boolean {
  const letters = word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  const plain = letters.replace(' ', '');
  if (plain.includes(' ') || plain === 'progetti') return false;
  if (plain.length === LETTER_READ_AS_TWO) return plain === letters && plain.startsWith('proget') && SPLIT_TAIL.test(plain.slice(6));
  return plain.length === 8 && (plain === letters ? 0 : 1) + placesDiffering(plain, 'progetto') <= 1;
}

/**
 * "Frssetto n. 2 – …": "Progetto" as a worse scan prints it, up to three letters off, never a word
 * of its own that a heading's place may hold ("Prodotto 2 – Banca dati", "Prospetto 2 –"). Taken
 * only where the numbering and the structure prove it (see `withProven`), as every damaged heading.
 */
function isProjectWordGarbled(word: string): boolean {
  const plain = word.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ /g, '');
  return plain.length >= 7 && plain.length <= 9 && !WORDS_NEAR_PROJECT.test(plain) && editDistance(plain, 'progetto') <= MAX_GARBLED_LETTERS;
}

const MAX_GARBLED_LETTERS = 3;
/** Words within three letters of "progetto": a product, a table, a subject, a prefect, progress, an object, protected. */
const WORDS_NEAR_PROJECT = /^(?:progett[io]|prodott[oi]|prospett[oi]|soggett[oi]|prefett[oi]|progress[oi]|oggett[oi]|protett[oi]|proget)$/;

/** "Progetiio": the word's length with one of its letters read as two. */
const LETTER_READ_AS_TWO = 9;
/** What "to" after "Proget" becomes with a letter read as two narrow ones or two rounds: "iio", "lio" (the t), "tco" (the o). */
const SPLIT_TAIL = /^(?:[iltfj]{2}o|t[oc]{2})$/;

/**
 * A project heading as a scan damages it (its word, mark or dash; or the word alone on the line
 * above its number), which `readProjectHeading` does not read: taken only where the document's
 * structure proves it (see `withProven`).
 */
function readDamagedHeading(lines: ReadLines, index: number): ProjectHeading | null {
  const text = lines.text(index);
  const damaged = DAMAGED_HEADING.exec(text);
  if (damaged && (isProjectWordScanned(damaged[1]!) || isProjectWordGarbled(damaged[1]!))) return headingOf(lines.source(index), index, damaged[2]!, damaged[3]!, false);
  const alone = WORD_ALONE.exec(text);
  if (!alone || !isProjectWordScanned(alone[1]!)) return null;
  const next = nextWordedLine(lines, index);
  const below = next === -1 ? null : NUMBER_BELOW_WORD.exec(lines.text(next));
  return below && !lines.opensProject(next) ? headingOf(lines.source(next), next, below[1]!, below[2]!, false) : null;
}

/**
 * Where a project's heading starts: at "PROGETTO" alone on a line above its number and title
 * ("PROGETTO" / "2 Revisione dei regolamenti comunali", a badge), blank lines between; else at the
 * heading's own line. The project before ends there, without the badge's word.
 */
export function headingStart(lines: ReadLines, heading: ProjectHeading): number {
  let above = heading.index - 1;
  while (above >= 0 && lines.text(above) === '') above--;
  const alone = above < 0 ? null : WORD_ALONE.exec(lines.text(above));
  return alone && isProjectWordScanned(alone[1]!) ? above : heading.index;
}

/** The index of the first line after `index` with text, or -1. */
function nextWordedLine(lines: ReadLines, index: number): number {
  for (let k = index + 1; k < lines.length; k++) if (lines.text(k) !== '') return k;
  return -1;
}

/** The headings damaged by a scan (see `readDamagedHeading`), but where prose runs on into one. */
function damagedHeadings(lines: ReadLines): ProjectHeading[] {
  const found: ProjectHeading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines.text(index);
    // A damaged heading is a word alone on its line, or has its number within its first words: most lines are neither.
    if (lines.opensProject(index) || (text.length > MAX_WORD_ALONE && !NUMBER_NEAR_START.test(text)) || !DAMAGED_START.test(text)) continue;
    const heading = readDamagedHeading(lines, index);
    if (heading && !isIndexEntry(lines, index) && !runsOn(lines, index) && !continuesPhrase(lines, heading)) found.push(heading);
  }
  return found;
}

const MAX_WORD_ALONE = 14;
const NUMBER_NEAR_START = /^.{0,24}\d/;

/** What a damaged heading starts with: a speck, then a letter (a "P" a scan may garble, see `isProjectWordGarbled`). */
const DAMAGED_START = new RegExp(String.raw`^[^${LATIN_LETTERS}\d\s]{0,2}\s*[${LATIN_LETTERS}]`);

/** "Progetto n. II – …", "PROGETTO III:", "OBIETTIVO IV –": a heading numbered in Roman numerals, in capitals. Groups: the word and mark, the numeral. */
const ROMAN_HEADING = /^((?:scheda\s+(?:(?:di|del)\s+)?)?(?:progetto|obiettivo)\s+(?:n(?:r|um(?:ero)?)?\s*[°º.]*\s*)?)([IVX]{1,6})(?=\s*[-–—:)]|\s*$|\.\s)/i;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The heading with its Roman numeral written in digits, or null for letters that are no numeral ("IIV"). */
function arabicHeading(collapsed: string): string | null {
  const match = ROMAN_HEADING.exec(collapsed)!;
  const numeral = match[2]!;
  if (numeral !== numeral.toUpperCase()) return null;
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const digit = ROMAN_VALUES[numeral[i]!]!;
    value += digit < (ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0) ? -digit : digit;
  }
  const canonical = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
  const written = `${'X'.repeat(Math.floor(value / 10))}${canonical[value % 10]}`;
  return written === numeral ? `${match[1]}${value}${collapsed.slice(match[0].length)}` : null;
}

/** What a heading of any form starts with: "progetto", "scheda", "obiettivo", "intervento", "azione", its number, or an ordinal ("terzo progetto"). */
const HEADING_START = /^\s*(?:[psoia\d]|terzo|quarto|quinto|nono|decimo|undicesimo|dodicesimo)/i;
const RARE_DASH = /[\u2010-\u2012\u2015\u2212]/;
/** Not after a letter: "certifica‐" at a line's end is a word broken by hyphenation. */
const RARE_DASHES = new RegExp(`(?<!\\p{L})${RARE_DASH.source}`, 'gu');

function headingOf(line: SourceLine, index: number, number: string, titleStart: string, weak: boolean, word: ProjectHeading['word'] = 'progetto'): ProjectHeading {
  return { number: Number(number), titleStart: titleStart.trim(), line, index, weak, word };
}

/**
 * Finds the project headings of a document. A heading whose number does not follow the last one
 * (a back-reference such as "Progetto n. 2: vedi sopra" inside prose) is not a new project; nor is
 * a weak one that continues the line before it ("… prevista dal / progetto n. 2. Esso …"), nor an
 * entry of a list of the projects before them (see `isListEntry`). None at all when the headings
 * are a list with nothing of a project after them (no section, no table), nor an index's entry.
 * The plan's word is "Progetto", unless more headings of the first heading's word have a staff
 * table of their own; headings
 * with another word ("Obiettivo n. 1", "Azione n. 1") open one only where they have the shape of a
 * project (see `withObjectives`): "Azione n. 1 – …" listed in an objective's description opens
 * nothing. In a plan with no heading of these forms, headings that are a number and a title
 * alone, where the structure proves them (see `numberedHeadings`); and in a plan of another word
 * whose headings the structure does not prove, where it proves those instead.
 */
export function findProjectHeadings(lines: ReadLines): ProjectHeading[] {
  const candidates: ProjectHeading[] = [];
  for (let index = 0; index < lines.length; index++) {
    const heading = lines.opensProject(index) && !isIndexEntry(lines, index) ? readProjectHeading(lines.source(index), index, lines.text(index)) : null;
    if (heading && !(heading.weak && runsOn(lines, index)) && !continuesPhrase(lines, heading)) candidates.push(heading);
  }
  const damaged = damagedHeadings(lines);
  if (candidates.length === 0) {
    const proven = withProven(lines, [], damaged);
    return proven.length > 0 ? proven : numberedHeadings(lines);
  }
  // The word the plan names its projects with: "Progetto", unless more headings with the first
  // heading's word have a staff table before the next one with it ("Progetto n. 3 – …" starting a
  // line of an objective's description names no project of a plan of "Obiettivo" headings; "Azione
  // n. 1 – …" listed in a preamble names none of a plan of "Progetto" headings).
  let word = candidates[0]!.word;
  if (word !== 'progetto' && candidates.some((c) => c.word === 'progetto') && withTables(lines, candidates, word) <= withTables(lines, candidates, 'progetto')) word = 'progetto';
  const projects = openingProjects(lines, candidates.filter((c) => c.word === word));
  // "Obiettivo n. 1 – …", "Attività n. 2 – …" listed in the description of a project headed "1)
  // Sportello unico": the plan's headings are the numbered ones where the structure proves them
  // and not these.
  if (word !== 'progetto' && !provenByStructure(lines, projects)) {
    const numbered = numberedHeadings(lines);
    if (numbered.length > 0) return numbered;
  }
  const headings = withObjectives(lines, projects, candidates.filter((c) => c.word !== word && c.word !== null));
  return withNumberedBefore(lines, word === 'progetto' ? withProven(lines, headings, damaged) : headings);
}

/** How many headings with this word have a staff table before the next heading with it. */
function withTables(lines: ReadLines, candidates: ProjectHeading[], word: ProjectHeading['word']): number {
  const headings = candidates.filter((c) => c.word === word);
  return headings.filter((c, i) => hasTable(lines, c.index + 1, headings[i + 1]?.index ?? lines.length)).length;
}

/** Leaders, then the page: an index's entry's end, on its line or wrapped onto the line below its start ("patrimoniali ........ pag. 4"). */
const LEADERS_AND_PAGE = /(?:\.{4,}|…{2,})\s*(?:pag(?:ina|\.)?\s*)?\d{1,3}\s*$/i;
/** "Progetto n. 1 – Sportello ........ pag. 2", "… ........ 4": an index's entry, its page at the end after leaders or "pag.". */
const INDEX_ENTRY = new RegExp(String.raw`${LEADERS_AND_PAGE.source}|\s(?:pag\.?|pagina)\s*\d+\s*$`, 'i');
/** Leaders at a line's end, and a page alone on the next: an entry wrapped before its page ("… ........" / "pag. 3"). */
const LEADERS_AT_END = /(?:\.{4,}|…{2,})\s*$/;
const PAGE_ALONE = /^\s*(?:pag(?:ina|\.)?\s*)?\d{1,3}\s*$/i;

/**
 * Line `index` is an index's entry: its page at its end after leaders or "pag.", or wrapped onto
 * the next line, as a narrow column of an index sets it ("Progetto n. 1 – Riordino dell’archivio
 * storico" / "........ pag. 2"); a line below that opens a project is none of the entry's.
 */
function isIndexEntry(lines: ReadLines, index: number): boolean {
  const text = lines.text(index);
  if (INDEX_ENTRY.test(text)) return true;
  const next = index + 1 < lines.length ? lines.text(index + 1) : '';
  if (LEADERS_AT_END.test(text)) return PAGE_ALONE.test(next);
  return LEADERS_AND_PAGE.test(next) && !lines.opensProject(index + 1);
}

/**
 * The headings, after those of the projects before the first one that are a number and a title
 * alone ("1) Potenziamento …", then "Progetto n. 2 – …"): where the structure proves them, and
 * they number the projects up to the first heading's.
 */
function withNumberedBefore(lines: ReadLines, headings: ProjectHeading[]): ProjectHeading[] {
  const first = headings[0];
  if (!first || first.number <= 1) return headings;
  const before = numberedHeadings(lines.slice(0, first.index));
  return before.length === first.number - 1 && before.every((h, i) => h.number === i + 1) ? [...before, ...headings] : headings;
}

/**
 * The "Progetto" headings with the "Obiettivo" ones among them that open a project of their own
 * ("Progetto n. 1 …", "Obiettivo n. 2 – …", "Progetto n. 3 …"): one whose number comes next after
 * the heading before it (1 with none before), below no later "Progetto" of its number or a lower
 * one, with a section and a staff table of its own before the next heading, after the project
 * before it has had its own table. An objective among a project's aims, in a list in its
 * description or conditions, or a reference to one in prose, has none of that shape: it is the
 * project's text.
 */
function withObjectives(lines: ReadLines, projects: ProjectHeading[], objectives: ProjectHeading[]): ProjectHeading[] {
  return projects.length === 0 ? projects : withProven(lines, projects, objectives);
}

/**
 * The headings with those of `others` that the structure proves to open a project of their own
 * (see `withObjectives`): the number next after the heading before, a section and a staff table
 * before the next heading, the project before with its own table.
 */
function withProven(lines: ReadLines, projects: ProjectHeading[], others: ProjectHeading[]): ProjectHeading[] {
  if (others.length === 0) return projects;
  const headings = [...projects];
  const all = [...projects, ...others].sort((a, b) => a.index - b.index);
  for (const heading of others) {
    const at = headings.findIndex((h) => h.index > heading.index);
    const before = at === -1 ? headings[headings.length - 1] : headings[at - 1];
    const after = at === -1 ? undefined : headings[at];
    if (heading.number !== (before?.number ?? 0) + 1 || (after && after.number <= heading.number)) continue;
    const end = all.find((h) => h.index > heading.index)?.index ?? lines.length;
    const own = anyLine(lines, heading.index + 1, end, (k) => lines.sectionMarker(k)) && hasTable(lines, heading.index + 1, end);
    if (!own || (before && !hasTable(lines, before.index + 1, heading.index))) continue;
    headings.splice(at === -1 ? headings.length : at, 0, heading);
  }
  return headings;
}

/** A staff table's header among the lines from `from` up to `to` (exclusive). */
export function hasTable(lines: ReadLines, from: number, to: number): boolean {
  return firstTable(lines, from, to) !== -1;
}

/** The candidates that open projects: see `findProjectHeadings`. */
function openingProjects(lines: ReadLines, candidates: ProjectHeading[]): ProjectHeading[] {
  const segment = (i: number) => [candidates[i]!.index + 1, candidates[i + 1]?.index ?? lines.length] as const;
  // Something of a project between two headings: a description, a condition, a staff table's
  // header (not a recap's "N. Progetto Importo €", a line of header words naming no staff table).
  const structured = candidates.map((_, i) => anyLine(lines, ...segment(i), (k) => isStructure(lines, k)));
  if (structured.includes(true)) {
    const ownProject = (i: number, last: number, opened: number[]) => opensOwnProject(lines, candidates, i, last, opened);
    return inSequence(candidates, structured, ownProject, (i, last) => takesProjectBefore(lines, candidates, i, last)).map((i) => candidates[i]!);
  }
  // No section or table anywhere: headings one under the other, with nothing between them, are
  // a list of projects in another document (a decree approving them), no plan; headings with
  // lines of their own are projects however their sections are worded.
  const worded = candidates.map((_, i) => anyLine(lines, ...segment(i), (k) => lines.text(k) !== ''));
  if (candidates.length > 1 && !worded.slice(0, -1).includes(true)) return [];
  return inSequence(candidates, worded).map((i) => candidates[i]!);
}

/**
 * The indices of the candidates in the sequence of their numbers, but for the entries of a list of
 * the projects; a number out of sequence opens a project only where `ownProject` proves it.
 */
function inSequence(
  candidates: ProjectHeading[],
  substantial: boolean[],
  ownProject: (index: number, last: number, opened: number[]) => boolean = () => false,
  inProse: (index: number, last: number) => boolean = () => false,
): number[] {
  const opening: number[] = [];
  candidates.forEach((heading, i) => {
    const at = opening[opening.length - 1];
    const last = at === undefined ? undefined : candidates[at];
    if ((last && heading.number <= last.number && !ownProject(i, at!, opening)) || isListEntry(candidates, substantial, i)) return;
    if (at !== undefined && inProse(i, at)) return;
    opening.push(i);
  });
  return opening;
}

/**
 * "Progetto N° 1 – Bandi europei" / "Descrizione del progetto" / "… i progetti comunitari in
 * corso:" / "Progetto europeo n. 2 – COSME …" / then the first project's conditions and table: a
 * heading in that project's text before any condition or table of its own, whose lines up to the
 * next heading hold them, names another project in prose where it is written otherwise than the
 * heading before it, its number is not the next, or a later heading has its number again. Read as
 * a heading, it would take the conditions and the rows of the project it stands in, and leave that
 * project with none.
 */
function takesProjectBefore(lines: ReadLines, candidates: ProjectHeading[], index: number, last: number): boolean {
  const heading = candidates[index]!;
  const before = candidates[last]!;
  const numberedAgain = candidates.some((c, k) => k > index && c.number === heading.number);
  if (shapeOf(heading, lines) === shapeOf(before, lines) && heading.number === before.number + 1 && !numberedAgain) return false;
  const ownLines = (k: number) => lines.condition(k) !== null;
  if (anyLine(lines, before.index + 1, heading.index, ownLines) || hasTable(lines, before.index + 1, heading.index)) return false;
  // Up to the next heading that may follow it: not another project named in the same list ("Progetto n. 3 (anno 2014) –" / "Progetto n. 2 (anno 2015) –").
  const end = candidates.find((c, k) => k > index && c.number >= heading.number)?.index ?? lines.length;
  return anyLine(lines, heading.index + 1, end, ownLines) || hasTable(lines, heading.index + 1, end);
}

/** How a heading is written up to its number: "progetto n°", "progetto europeo n.", "PROGETTO" (its letters, in lower case). */
function shapeOf(heading: ProjectHeading, lines: ReadLines): string {
  const text = lines.text(heading.index);
  const number = NUMBER_IN_HEADING.exec(text);
  return (number ? text.slice(0, number.index) : text).toLowerCase().replace(NOT_A_LETTER, '');
}

const NUMBER_IN_HEADING = /\d|\b[IVX]{1,6}\b/;
const NOT_A_LETTER = /[^a-zà-ÿ]/g;

/** "(segue)", "– continua": a heading printed again where its project goes on. */
const CONTINUED = /\b(?:segue|continua|continuazione)\b/i;

/** Two titles alike but for case, spacing, quotes and a continuation mark. */
export function titlesAlike(a: string, b: string): boolean {
  const plain = (title: string) => title.replace(CONTINUED, '').replace(/[^\p{L}\d]+/gu, ' ').trim().toLowerCase();
  return plain(a) === plain(b);
}

/**
 * A heading whose number is not after the last one's ("Progetto n. 3" twice, a second plan's
 * "Progetto n. 1") that still opens a project of its own, rather than a reference to another
 * project in prose: it is written as a heading, a section and a staff table of its own follow it
 * before the next heading, and the project before it has had its own table before it. Read into
 * the project before, its rows would be added to that project's. Not the heading of a project
 * already opened printed again, with its title ("… (segue)" on a new page, a recap in an annex).
 */
function opensOwnProject(lines: ReadLines, candidates: ProjectHeading[], index: number, last: number, opened: number[]): boolean {
  const heading = candidates[index]!;
  const end = candidates[index + 1]?.index ?? lines.length;
  // The heading of a project already opened, again: its continuation on a new page ("… (segue)"), or a recap of it.
  const again = opened.some((at) => candidates[at]!.number === heading.number && titlesAlike(candidates[at]!.titleStart, heading.titleStart));
  return (
    !heading.weak &&
    !again &&
    !CONTINUED.test(heading.titleStart) &&
    heading.titleStart !== '' &&
    opensSections(lines, heading.index + 1, end) &&
    hasTable(lines, heading.index + 1, end) &&
    hasTable(lines, candidates[last]!.index + 1, heading.index)
  );
}

/**
 * The first section among the lines from `from` up to `to` (exclusive) can open a project: not
 * a later condition ("Progetto n. 1 – Ufficio Ragioneria" over a second table, then "Sesta
 * condizione": a caption of the project's own, its sections going on).
 */
function opensSections(lines: ReadLines, from: number, to: number): boolean {
  for (let k = from; k < to && k < lines.length; k++) if (lines.sectionMarker(k)) return (lines.condition(k)?.ordinal ?? 1) === 1;
  return false;
}

/** Whether one of the lines from `from` up to `to` (exclusive) passes `test`. */
function anyLine(lines: ReadLines, from: number, to: number, test: (index: number) => boolean): boolean {
  for (let i = from; i < to && i < lines.length; i++) if (test(i)) return true;
  return false;
}

/**
 * An entry of a list of the projects ("Indice", "Elenco dei progetti") before the projects: no
 * section of a project follows it before the next heading, and a heading of its number with
 * sections comes later, after only projects of lower numbers. A project of its own (with no
 * section, say) is kept whatever a later "Progetto n. 1: vedi sopra" in another project's prose.
 */
function isListEntry(candidates: ProjectHeading[], substantial: boolean[], index: number): boolean {
  if (substantial[index]) return false;
  const { number } = candidates[index]!;
  for (let j = index + 1; j < candidates.length; j++) {
    if (!substantial[j]) continue;
    if (candidates[j]!.number === number) return true;
    if (candidates[j]!.number > number) return false;
  }
  return false;
}

/**
 * "1) Potenziamento dello sportello", "2. Digitalizzazione archivio", "3 - Titolo": a number, a
 * mark and a title that starts with a capital or a quote. Groups: the number, the mark, the title.
 */
const NUMBERED_HEADING = /^(\d{1,2})(?:\s*(\))\s*|(\.)\s+|\s+([-–—])\s+)(?=["“«\p{Lu}])(.+)$/u;
/** A list's item rather than a heading: it ends as one does, or holds an amount. */
const NOT_NUMBERED_TITLE = /[;,:]$|\d,\d/;

/** A line that is a number and a title: its mark (")", "." or a dash) tells the plan's headings from its lists of other marks. */
interface NumberedLine {
  heading: ProjectHeading;
  mark: string;
  /** It carries on the sentence of the line before: never a heading, but still an item of a list. */
  prose: boolean;
}

/**
 * "a) ", "A. ", "(b) ", "1) ", "II. ", "2.1 ": a list's mark or an outline's number before a section's
 * heading ("a) Descrizione del progetto"), which opens the section as the heading alone does.
 */
const SECTION_MARK = String.raw`(?:\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})\s*[.)]\s*|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+)?`;
/** What opens a project's body: its description, the list of its conditions, its first condition. */
const BODY_START = new RegExp(String.raw`^${SECTION_MARK}(?:descrizione\b|il progetto risponde\b)`, 'i');

function startsBody(lines: ReadLines, index: number): boolean {
  return lines.condition(index)?.ordinal === 1 || (lines.sectionMarker(index) && !lines.condition(index) && BODY_START.test(lines.text(index)));
}

/**
 * Headings that are a number and a title alone, in a plan with no heading of another form, read
 * only where the structure proves them: numbered 1, 2, 3… with one mark; each the last numbered
 * line (lists numbered from 1 aside) before a description, the list of conditions or the first
 * condition; and a staff table between each and the next. A numbered condition, an item of a list
 * in a description or a condition, or an entry of an index of the projects is none. None at all
 * where anything is left unproven: a project's body (a table, its first condition) before the
 * first heading, a second body after a heading's table (a heading missed), or two lines that could
 * each be the same heading.
 */
function numberedHeadings(lines: ReadLines): ProjectHeading[] {
  const found: NumberedLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines.text(index);
    if (!/^\d/.test(text) || lines.sectionMarker(index)) continue;
    const match = NUMBERED_HEADING.exec(text);
    if (!match) continue;
    const heading = headingOf(lines.source(index), index, match[1]!, match[5]!, false, null);
    const prose = NOT_NUMBERED_TITLE.test(text) || runsOn(lines, index) || continuesPhrase(lines, heading);
    found.push({ heading, mark: match[2] ?? match[3] ?? '-', prose });
  }
  const chain: NumberedLine[] = [];
  for (;;) {
    const last = chain[chain.length - 1];
    const number = (last?.heading.number ?? 0) + 1;
    const start = last?.heading.index ?? -1;
    const next = found.find(
      (c) =>
        c.heading.number === number && !c.prose && c.heading.index > start && (!last || (c.mark === last.mark && hasTable(lines, start + 1, c.heading.index))) && opensBody(lines, found, c),
    );
    if (!next) break;
    // Another line numbered alike since the table before, neither in a list nor an index's entry
    // of the same title: which one heads the project is not known.
    const from = last ? lastTable(lines, start + 1, next.heading.index) : -1;
    const rival = (c: NumberedLine) =>
      c !== next && !c.prose && c.heading.number === number && c.mark === next.mark && c.heading.index > from && c.heading.index < next.heading.index &&
      !sameTitle(c.heading.titleStart, next.heading.titleStart);
    if (found.some((c) => rival(c) && !inList(lines, found, c))) return [];
    chain.push(next);
  }
  const headings = chain.map((c) => c.heading);
  return provenByStructure(lines, headings) ? headings : [];
}

/**
 * The structure proves the headings: no project's body (a table, its first condition) before the
 * first one, and a staff table under each before the next, with no second body after it (a
 * heading missed).
 */
function provenByStructure(lines: ReadLines, headings: ProjectHeading[]): boolean {
  if (headings.length === 0 || anyLine(lines, 0, headings[0]!.index, (k) => startsBody(lines, k) || hasTable(lines, k, k + 1))) return false;
  return headings.every((h, i) => {
    const end = headings[i + 1]?.index ?? lines.length;
    const table = firstTable(lines, h.index + 1, end);
    return table !== -1 && !anyLine(lines, table + 1, end, (k) => startsBody(lines, k));
  });
}

/** A dot leader and the page after an index's entry: "… ........ pag. 4". */
const LEADER = /\s*(?:\.{3,}|…).*$/;

/** An index's entry names the heading's title: it starts with the heading's first line, dot leader and page aside. */
function sameTitle(entry: string, heading: string): boolean {
  return entry.replace(LEADER, '').toLowerCase().startsWith(heading.replace(LEADER, '').toLowerCase());
}

/**
 * The line is the last numbered line before a project's body: no line numbered with its mark comes
 * between them, but the items of lists numbered from 1, 2 … (a description's, or the conditions').
 */
function opensBody(lines: ReadLines, found: NumberedLine[], line: NumberedLine): boolean {
  let position = found.indexOf(line) + 1;
  let item = 0;
  for (let k = line.heading.index + 1; k < lines.length; k++) {
    if (isStructure(lines, k)) return startsBody(lines, k);
    const other = found[position];
    if (other?.heading.index !== k) continue;
    position++;
    if (other.mark !== line.mark) continue;
    const { number } = other.heading;
    if ((item > 0 && number === item + 1) || (number === 1 && inList(lines, found, other))) item = number;
    else return false;
  }
  return false;
}

/** One of consecutive numbered lines with the same mark and nothing of a project between them: a list's item. */
function inList(lines: ReadLines, found: NumberedLine[], line: NumberedLine): boolean {
  const at = found.indexOf(line);
  const neighbour = (other: NumberedLine | undefined, step: number, from: number, to: number) =>
    other !== undefined && other.mark === line.mark && other.heading.number === line.heading.number + step &&
    !anyLine(lines, from + 1, to, (k) => isStructure(lines, k));
  const before = found[at - 1];
  const after = found[at + 1];
  return neighbour(before, -1, before?.heading.index ?? 0, line.heading.index) || neighbour(after, 1, line.heading.index, after?.heading.index ?? 0);
}

/** A section's marker or a staff table's header (not a title's line that has a header's words: "… associazioni di categoria"). */
function isStructure(lines: ReadLines, index: number): boolean {
  return lines.sectionMarker(index) || opensStaffTable(lines, index);
}

/** The index of the first (or, `lastTable`, the last) staff table's header among the lines from `from` up to `to` (exclusive), or -1. */
function firstTable(lines: ReadLines, from: number, to: number): number {
  for (let k = from; k < to && k < lines.length; k++) if (opensStaffTable(lines, k)) return k;
  return -1;
}

function lastTable(lines: ReadLines, from: number, to: number): number {
  for (let k = Math.min(to, lines.length) - 1; k >= from; k--) if (opensStaffTable(lines, k)) return k;
  return -1;
}

/** The line before, with no blank line between, is a sentence that has not ended: it runs on into this one. */
function runsOn(lines: ReadLines, index: number): boolean {
  if (index === 0 || !/[\p{Ll},]$/u.test(lines.text(index - 1))) return false;
  // "PROGETTO 1" atop a page (a form feed glued to it): a heading in capitals opens its page, whatever ended the page before.
  return !(lines.source(index).page !== lines.source(index - 1).page && !/\p{Ll}/u.test(lines.text(index)));
}

/**
 * Whatever its form, a heading is no heading where the line before ends on a word no phrase ends
 * on and the heading reads as the rest of that sentence: its title in lower case, or the line
 * ending one ("… come già avvenuto per il" / "Progetto obiettivo n. 7 – realizzato nel 2015 …"),
 * a reference to a project that a wrapped sentence brings to the start of a line. A running
 * header or a footer cut short before a real heading ("… n. 45 del" / "Progetto N° 2 - Sportello
 * unico digitale") leaves it a heading.
 */
function continuesPhrase(lines: ReadLines, heading: ProjectHeading): boolean {
  const { index } = heading;
  if (index === 0 || !endsOnOpenWord(lines.text(index - 1))) return false;
  return /^\p{Ll}/u.test(heading.titleStart) || /[.;]$/.test(lines.text(index));
}

/** The ordinals of the seven conditions, as their headings write them: "prima" … "settima". */
export const ORDINALS = ['prima', 'seconda', 'terza', 'quarta', 'quinta', 'sesta', 'settima'];
const ROMAN_NUMERALS = 'vii|vi|v|iv|iii|ii|i';
/** "8.2.1 ", a section's outline number at a line's start. */
const OUTLINE_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2}){1,3}\.?\s/;
/**
 * Under an outline number, a heading as headings are written: the ordinal capitalised, nothing
 * after the word but a mark, a bracket or the end ("8.2.1 Prima condizione – …"); not prose that
 * cites a paragraph ("… al paragrafo" / "2.3 prima condizione di efficacia …").
 */
const OUTLINED_HEADING = new RegExp(`^\\s*[\\d.]+\\s+(?:${ORDINALS.map((o) => `${o[0]!.toUpperCase()}${o.slice(1)}|${o.toUpperCase()}`).join('|')}|[1-7]\\s*[°ª^a]?)\\s+(?:condizione|CONDIZIONE)\\s*(?:[:.\\-–—(]|$)`, 'u');
/**
 * A list's bullet: "•", "▪", a dash, and what a word processor's bullets become in the text of its
 * PDFs: a symbol font's private-use code point ("\uf0b7", "\uf0a7", "\uf0d8", "\uf076"), an
 * arrow, a check mark or a shape ("➢", "►", "✓", "❖", "■"), an asterisk, and "o" (a second
 * level's bullet) before a space.
 */
const BULLET = String.raw`(?:[•·▪◦–*\u2190-\u21ff\u25a0-\u25ff\u2700-\u27bf\uf020-\uf0ff-]|o(?=\s))`;

/**
 * "Prima condizione …", "3^ condizione", numbered in a list: "1. PRIMA CONDIZIONE (…)", or under
 * a section's outline number: "1.2.1 Prima condizione – …".
 */
const CONDITION_HEADING = new RegExp(
  `^\\s*(?:[1-7]\\s*[.)]\\s*|\\d{1,2}(?:\\.\\d{1,2}){1,3}\\.?\\s+)?(?:(${ORDINALS.join('|')})|([1-7])\\s*[°ª^a]?\\)?)\\s+condizione\\b\\s*[:.\\-–]?\\s*(.*)$`,
  'i',
);
/**
 * In a lettered or bulleted list, "a. Prima condizione: (…)", "• Terza condizione": capitalised,
 * and nothing but a mark or a bracket after the word, or in lower case before the condition's name
 * in brackets ("- prima condizione: (miglioramento …)"), so that a list in prose ("• prima
 * condizione per l’accesso è …", "- Quinta condizione del bando: …") is none.
 */
const LISTED_CONDITION = new RegExp(
  `^\\s*(?:[a-g]\\s*[.)]|${BULLET})\\s*(?:(${ORDINALS.map((o) => `${o[0]!.toUpperCase()}${o.slice(1)}|${o.toUpperCase()}`).join('|')})\\s+(?:condizione|CONDIZIONE)\\s*(?:[:.\\-–]\\s*|(?=\\()|$)|(${ORDINALS.join('|')})\\s+condizione\\s*:?\\s*(?=\\())(.*)$`,
);

/** A condition heading on a line: its ordinal (1–7) and what follows the word "condizione". */
export interface ConditionHeading {
  ordinal: number;
  rest: string;
  /** "Sesta e settima condizione: (…; …)": the next condition, headed and told on the same lines. */
  also?: number;
  /** "Seconda" / "condizione:" / "(concreti" / …: a heading one word a line, over this many lines after its first; `rest` holds their words. */
  linesAfter?: number;
}

/** "Sesta e settima condizione", "6^ e 7^ condizione": two conditions in a row under one heading. Groups: the first, the second, the rest. */
const TWO_CONDITIONS = new RegExp(`^\\s*(${ORDINALS.join('|')}|[1-6])\\s*[°ª^]?\\s+e\\s+(${ORDINALS.join('|')}|[2-7])\\s*[°ª^]?\\s+condizion[ei]\\b\\s*[:.\\-–]?\\s*(.*)$`, 'i');

/** "Condizione n. 2 – …", "Condizione 2:", "Condizione 2^ –", "Condizione 2 (concreti risultati …)": the number after the word, then a mark, the name in brackets or nothing. */
const NUMBERED_CONDITION = /^\s*condizione\s+(?:n(?:r|um(?:ero)?)?\s*[°º.]*\s*)?([1-7])(?:\s?[°ª^])?(?:\/7)?\s*(?:[:.\-–—)]\s*|(?=\()|$)(.*)$/i;
/** "Requisito n. 1: (miglioramento quali-quantitativo …)", "Criterio 3 –": a condition under another word, with its own name. */
const OTHER_WORD_CONDITION = /^\s*(?:requisito|criterio)\s+(?:n(?:r|um(?:ero)?)?\s*[°º.]*\s*)?([1-7])\s*(?:[:.\-–—)]\s*|$)(.*)$/i;
/** "a) miglioramento quali-quantitativo dei servizi": a condition lettered in a list, with its own name. */
const LETTERED_ITEM = /^\s*([a-g])\s*[).]\s*(.+)$/i;
/**
 * "CONDIZIONE II –", "Condizione seconda:": a Roman numeral in capitals or an ordinal after the
 * word, capitalised as a heading is ("… la condizione prima – ma non sufficiente –", "condizione
 * v. il regolamento" are prose).
 */
const NAMED_CONDITION = new RegExp(
  `^\\s*(?:Condizione|CONDIZIONE)\\s+(?:[nN](?:[rR]|um(?:ero)?|UM(?:ERO)?)?\\s*[°º.]*\\s*)?(${ROMAN_NUMERALS.toUpperCase()}|${ORDINALS.map((o) => `${o}|${o[0]!.toUpperCase()}${o.slice(1)}|${o.toUpperCase()}`).join('|')})\\s*(?:[:.\\-–—)]\\s*|$)(.*)$`,
);
/** "I condizione – …", "III^ condizione: (…)": a Roman numeral in capitals before the word. */
const ROMAN_CONDITION = new RegExp(`^\\s*(${ROMAN_NUMERALS.toUpperCase()})\\s*[°ª^]?\\s+(?:condizione|CONDIZIONE)\\b\\s*[:.\\-–]?\\s*(.*)$`);

/**
 * The seven conditions by the words their names start with, as the rule that sets them words
 * them: a numbered line ("1) Miglioramento quali-quantitativo …", "III. RISULTATI VERIFICABILI …")
 * is a condition heading when its words are those of the condition of its number.
 */
const CONDITION_NAMES = [
  /^miglioramento\s+quali/i,
  /^concreti\s+risultati/i,
  /^risultati\s+verificabili/i,
  /^risultati\s+(?:difficili|sfidanti)/i,
  /^risorse\s+quantificate/i,
  /^risorse\s+(?:rese\s+)?disponibili/i,
  /^risorse\s+previste/i,
];
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii'];

/** The seven conditions' own names, as the contract words them. */
export const CONDITION_FULL_NAMES = [
  'miglioramento quali-quantitativo dei servizi',
  'concreti risultati, risparmi e/o benefici percepibili dall’utenza esterna o interna',
  'risultati verificabili attraverso standard, indicatori e/o attraverso i giudizi espressi dall’utenza',
  'risultati difficili, sfidanti, che possono essere conseguiti attraverso un ruolo attivo e determinante del personale interno',
  'risorse quantificate con criteri trasparenti e ragionevoli',
  'risorse rese disponibili solo a consuntivo, dopo aver accertato i risultati',
  'risorse previste nel bilancio annuale',
].map(nameWords);

/** A name's words for comparing: lower case, the apostrophe one, commas and brackets left out. */
export function nameWords(text: string): string[] {
  return text.toLowerCase().replace(/[’`]/g, "'").replace(/[,;:()]/g, ' ').split(/\s+/).filter((w) => w !== '');
}

/** What a condition heading of any form but a listed one starts with: an ordinal's letter, "condizione", a number (an outline's, "8.2.1", too; in brackets, "(1)"). */
const CONDITION_START = /^\s*\(?[1-9pstqcvi]/i;
const CONDITION_WORD = /condizione/i;
/** A list's letter or bullet at a line's start: "a.", "b)", "•". */
const LIST_MARK = new RegExp(`^\\s*(?:[a-g]\\s*[.)]|${BULLET})`);
/**
 * "1) ", "(1) ", "III. ", or a number and a space alone ("1 Miglioramento quali-quantitativo …", a table's
 * column of numbers beside the conditions' names), then the rest. Groups: the number, the Roman numeral, the rest.
 */
const NUMBERED_ITEM = /^\s*(?:\(?([1-7])(?:\s*[).:\-–]|\s)|(i{1,3}|iv|vi{0,2})\s*[).:\-–])\s*(.+)$/i;

/**
 * Reads "Prima condizione: (…)" … "Settima condizione", "3^ condizione", "Condizione n. 3 – …", or
 * a numbered line with a condition's own name ("3) Risultati verificabili …"), from a line's
 * collapsed text.
 */
export function readConditionHeading(collapsed: string): ConditionHeading | null {
  // "Condizioni   Prima condizione – …": a form's label in the column before the first condition's heading.
  if (FORM_LABEL_BEFORE_CONDITION.test(collapsed)) return readConditionHeading(collapsed.replace(FORM_LABEL_BEFORE_CONDITION, ''));
  const printed = readPrintedConditionHeading(collapsed);
  if (printed !== null || !SCANNED_CONDITION.test(collapsed)) return printed;
  const mended = mendScannedCondition(collapsed);
  return mended === null ? null : readPrintedConditionHeading(mended);
}

const FORM_LABEL_BEFORE_CONDITION = /^\s*(?:condizioni|requisiti)\s+(?=(?:prima|1\s*[°ª^]?)\s+condizione\b)/i;

/**
 * "Prirna condizione", "Terza condizlone", "Settirna condizione": an ordinal and the word as a
 * scan prints them, an m read as rn, an i as l. Groups: the ordinal, the space, the word.
 */
const SCANNED_CONDITION = new RegExp(String.raw`^\s*([${LATIN_LETTERS}]{4,9})(\s+)([${LATIN_LETTERS}]{10,11})(?![${LATIN_LETTERS}])`);

/** The condition's heading with the scan's letters put right, or null where its words are none of a condition heading's. */
function mendScannedCondition(collapsed: string): string | null {
  const match = SCANNED_CONDITION.exec(collapsed)!;
  const [ordinal, word] = [scannedLetters(match[1]!), scannedLetters(match[3]!)];
  if (!ORDINALS.includes(ordinal.toLowerCase()) || word.toLowerCase() !== 'condizione') return null;
  return `${ordinal}${match[2]}${word}${collapsed.slice(match[0].length)}`;
}

/** A word with a scan's "rn" for an m and "l" for an i put right: no ordinal up to "settima" nor "condizione" has an l or an rn. */
function scannedLetters(word: string): string {
  return word.replace(/rn/g, 'm').replace(/RN/g, 'M').replace(/l/g, 'i').replace(/L/g, 'I');
}

/**
 * "Secnnda coandiziane: (…)", "Teiza condizione: (…)", "®@ Quarta condizione", "Seii:ma condizione:
 * (…)", "Fruna condizione: (miglioramento …)": a condition's heading in a line read by OCR, a speck
 * before it, its word three letters off "condizione" at the most and its first word nearer one
 * ordinal than any other, or its own name in brackets after it, then that name or nothing. Only
 * for a line OCR read: a typist's "Seconde condizioni" opens no condition.
 */
export function readScannedConditionHeading(collapsed: string): ConditionHeading | null {
  const match = OCR_CONDITION.exec(collapsed);
  if (!match || editDistance(match[2]!.toLowerCase(), 'condizione') > MAX_LETTERS_OFF) return null;
  const first = match[1]!.toLowerCase();
  const distances = ORDINALS.map((ordinal) => editDistance(first, ordinal));
  const nearest = Math.min(...distances);
  const nearestOrdinal = ORDINALS[distances.indexOf(nearest)]!;
  const rest = collapsed.slice(match[0].length);
  // Half an ordinal's letters off at the most ("Seii:ma" is "settima"); else the condition's own name in brackets says which ("Fruna condizione: (miglioramento …)").
  const sure = nearest <= nearestOrdinal.length / 2 && distances.filter((d) => d === nearest).length === 1;
  const named = sure ? [] : ORDINALS.filter((_, k) => startsWithConditionName(k + 1, rest.replace(/^\s*[:.\-–—]\s*/, '')));
  const ordinal = sure ? nearestOrdinal : named.length === 1 ? named[0]! : null;
  if (ordinal === null) return null;
  return readPrintedConditionHeading(`${ordinal.charAt(0).toUpperCase()}${ordinal.slice(1)} condizione${rest}`);
}

/** Groups: the ordinal's word (a colon or bar inside, "Seii:ma"), the word "condizione". */
const OCR_CONDITION = new RegExp(String.raw`^${SPECK}([${LATIN_LETTERS}][${LATIN_LETTERS}:|!]{3,8})\s+([${LATIN_LETTERS}]{8,12})(?=\s*(?:[:.\-–—]\s*)?(?:\(|$))`);
/** How many letters a scan may have got wrong in "condizione". */
const MAX_LETTERS_OFF = 3;

function readPrintedConditionHeading(collapsed: string): ConditionHeading | null {
  if (LIST_MARK.test(collapsed)) {
    const listed = LISTED_CONDITION.exec(collapsed);
    if (listed) return { ordinal: ORDINALS.indexOf((listed[1] ?? listed[2])!.toLowerCase()) + 1, rest: (listed[3] ?? '').trim() };
    const lettered = LETTERED_ITEM.exec(collapsed);
    if (lettered) return namedCondition(lettered[1]!.toLowerCase().charCodeAt(0) - 'a'.charCodeAt(0) + 1, lettered[2]!);
  }
  const first = collapsed.charCodeAt(0) | 0x20;
  const otherWord = first === 0x72 || first === 0x63 ? OTHER_WORD_CONDITION.exec(collapsed) : null;
  if (otherWord) return namedCondition(Number(otherWord[1]), otherWord[2] ?? '');
  const alone = NAME_START.test(collapsed) ? nameAlone(collapsed) : null;
  if (alone) return alone;
  if (!CONDITION_START.test(collapsed)) return null;
  // Every form but a numbered line with a condition's own name has the word.
  if (CONDITION_WORD.test(collapsed)) {
    const two = TWO_CONDITIONS.exec(collapsed);
    if (two && ordinalOf(two[2]!) === ordinalOf(two[1]!) + 1) return { ordinal: ordinalOf(two[1]!), rest: (two[3] ?? '').trim(), also: ordinalOf(two[2]!) };
    const match = CONDITION_HEADING.exec(collapsed);
    if (match && !(OUTLINE_NUMBER.test(collapsed) && !OUTLINED_HEADING.test(collapsed))) {
      const ordinal = match[1] ? ORDINALS.indexOf(match[1].toLowerCase()) + 1 : Number(match[2]);
      return { ordinal, rest: (match[3] ?? '').trim() };
    }
    const numbered = NUMBERED_CONDITION.exec(collapsed) ?? NAMED_CONDITION.exec(collapsed) ?? ROMAN_CONDITION.exec(collapsed);
    if (numbered) return { ordinal: ordinalOf(numbered[1]!), rest: (numbered[2] ?? '').trim() };
  }
  const item = NUMBERED_ITEM.exec(collapsed);
  return item ? namedCondition(ordinalOf(item[1] ?? item[2]!), item[3]!) : null;
}

const NAME_START = /^\s*\(?\s*(?:miglioramento|concreti|risultati|risorse)\s/i;
/** The longest condition's name, the fourth, and its brackets and colon. */
const LONGEST_NAME = 130;

/**
 * "MIGLIORAMENTO QUALI-QUANTITATIVO DEI SERVIZI", "(Risorse previste nel bilancio annuale):": a
 * line that is a condition's own name, whole and nothing else, heads that condition.
 */
function nameAlone(collapsed: string): ConditionHeading | null {
  if (collapsed.length > LONGEST_NAME) return null;
  const words = nameWords(collapsed.replace(/[().:]+\s*$/, ''));
  const ordinal = CONDITION_FULL_NAMES.findIndex((name) => words.length === name.length && words.every((word, k) => word === name[k])) + 1;
  return ordinal > 0 ? { ordinal, rest: collapsed.trim().replace(/^\(\s*/, '').replace(/[\s().:;]+$/, '') } : null;
}

/** Condition `ordinal`, when `rest` starts with its own name, in brackets or not; else null. */
function namedCondition(ordinal: number, rest: string): ConditionHeading | null {
  const text = rest.trim();
  return startsWithConditionName(ordinal, text) ? { ordinal, rest: text } : null;
}

/**
 * True where `text` starts with the own name of condition `ordinal`, in brackets or not:
 * "miglioramento quali-quantitativo dei servizi: il progetto …" for the first, "(risorse previste
 * nel bilancio annuale)" for the seventh.
 */
export function startsWithConditionName(ordinal: number, text: string): boolean {
  return CONDITION_NAMES[ordinal - 1]?.test(text.trim().replace(/^\(\s*/, '')) ?? false;
}

/** "3", "III", "terza": the number a condition's heading gives it. */
function ordinalOf(written: string): number {
  const lower = written.toLowerCase();
  if (/^\d$/.test(lower)) return Number(lower);
  const roman = ROMAN.indexOf(lower);
  return roman >= 0 ? roman + 1 : ORDINALS.indexOf(lower) + 1;
}

const SECTION_MARKER = new RegExp(String.raw`^\s*${SECTION_MARK}(?:descrizione\b|il progetto risponde\b|obiettiv[oi]\b\s*[:.]|finalit[aà]\b\s*[:.])`, 'i');

/** True for a line's text that opens a description, the list of conditions, the aims (condition headings aside). */
export function isSectionMarker(text: string): boolean {
  return SECTION_MARKER.test(text);
}
