import type { Decimal } from 'decimal.js';
import type { Amount, Repair, SourceLine, StaffColumn, StaffRowOcr } from '../model.js';
import { STAFF_COLUMN_NAMES, STAFF_COLUMNS } from '../model.js';
import { agreement, applyPercentage, type Agreement } from '../rounding.js';
import { parseItalianNumber } from './numbers.js';

type Cells = Record<StaffColumn, Amount | null>;

/**
 * What OCR says about a row read from scanned lines: the least confidence of its words and the
 * confidence of each value (the least of the words its digits were read in). Null for a row of
 * printed text.
 */
export function ocrOfRow(lines: SourceLine[], cells: Cells): StaffRowOcr | null {
  const words = lines.flatMap((line) => line.ocr ?? []);
  if (words.length === 0) return null;
  const minConfidence = Math.min(...words.map((word) => word.confidence));
  const values: StaffRowOcr['values'] = {};
  // Values come left to right, as the words do; two glued values may share a word.
  let cursor = 0;
  for (const column of STAFF_COLUMNS) {
    const cell = cells[column];
    if (!cell) continue;
    const at = words.findIndex((word, i) => i >= cursor && word.text.includes(cell.raw));
    if (at >= 0) cursor = at;
    values[column] = at >= 0 ? words[at]!.confidence : minConfidence;
  }
  return { minConfidence, values };
}

/** The words of a row that OCR read as something else and were taken for what they stand for: a grade code, or an amount. */
export function wordCorrections(lines: SourceLine[]): Repair[] {
  return lines
    .flatMap((line) => line.ocr ?? [])
    .filter((word) => word.read !== undefined)
    .map((word) => ({ kind: 'ocr-corrected', detail: `OCR read "${word.read}", taken as ${/\d,/.test(word.text) ? 'the amount' : 'the grade code'} ${word.text}` }));
}

/** Characters OCR engines take for one another in printed digits. */
const CONFUSABLE: Record<string, string> = {
  '0': '86',
  '1': '74',
  '3': '8',
  '4': '1',
  '5': '68',
  '6': '580',
  '7': '1',
  '8': '5630',
};

/** A value as it may have been printed, and how it differs from what was read. */
interface Misreading {
  amount: Amount;
  how: string;
}

/** Below this confidence a value read by OCR needs the row's arithmetic to vouch for it. */
export const OCR_CONFIDENCE_THRESHOLD = 0.9;

/**
 * The row with one value read back as it was most likely printed, when the row's arithmetic
 * contradicts what OCR read and exactly one plausible misreading (5/6/8, 1/7/4, 0/8, a lost or
 * dotted decimal comma, a digit too many in an amount of three decimals or in a percentage over
 * 100) of exactly one value makes the whole row reconcile. Only a value OCR was
 * unsure of (`confidence`, by column, below {@link OCR_CONFIDENCE_THRESHOLD}) is read back: one it
 * was sure of is what the plan prints, perhaps a typo the row's findings must tell. Null when the
 * row already reconciles, or when no such correction, or more than one, exists: then nothing is
 * guessed.
 */
export function correctMisreading(cells: Cells, confidence: StaffRowOcr['values']): { cells: Cells; repair: Repair } | null {
  if (reconciles(cells) !== false) return null;
  const fixes: Array<{ cells: Cells; column: StaffColumn; read: Amount; misreading: Misreading }> = [];
  for (const column of STAFF_COLUMNS) {
    const read = cells[column];
    if (!read || (confidence[column] ?? 0) >= OCR_CONFIDENCE_THRESHOLD) continue;
    for (const misreading of misreadingsOf(read, column)) {
      const candidate = { ...cells, [column]: misreading.amount };
      if (reconciles(candidate) === true && exactIn(candidate, column)) fixes.push({ cells: candidate, column, read, misreading });
    }
  }
  if (fixes.length !== 1) return null;
  const [{ cells: fixed, column, read, misreading }] = fixes as [(typeof fixes)[number]];
  return {
    cells: fixed,
    repair: {
      kind: 'ocr-corrected',
      detail: `${STAFF_COLUMN_NAMES[column]} read by OCR as "${read.raw}", taken as ${misreading.amount.raw} (${misreading.how}): only then does the row's arithmetic hold`,
    },
  };
}

function misreadingsOf(read: Amount, column: StaffColumn): Misreading[] {
  const raw = read.raw;
  const found: Misreading[] = [];
  const add = (text: string, how: string) => {
    const amount = parseItalianNumber(text);
    if (amount && !found.some((f) => f.amount.raw === text)) found.push({ amount, how });
  };
  for (let i = 0; i < raw.length; i++) {
    for (const other of CONFUSABLE[raw[i]!] ?? '') add(`${raw.slice(0, i)}${other}${raw.slice(i + 1)}`, `${other} read as ${raw[i]}`);
  }
  const digits = raw.replace(/%$/, '');
  if (/^\d+$/.test(digits)) {
    for (let decimals = 1; decimals <= 3 && decimals < digits.length; decimals++) {
      add(`${digits.slice(0, -decimals)},${digits.slice(-decimals)}`, 'a decimal comma lost');
    }
  }
  if (/^\d+\.\d{1,2}$/.test(digits)) add(digits.replace('.', ','), 'a decimal comma read as a dot');
  // "824,900", "12,440": a third decimal, which no amount of the plan's has, is a digit read twice or a speck read as one; so is "260" for a share of the product.
  if (THIRD_DECIMAL.test(raw) || (column === 'percentage' && read.value.greaterThan(FULL_SHARE))) {
    for (let i = 0; i < raw.length; i++) if (isDigit(raw[i]!)) add(`${raw.slice(0, i)}${raw.slice(i + 1)}`, `a ${raw[i]} read that is not printed`);
  }
  return found;
}

const THIRD_DECIMAL = /^[\d.]+,\d{3}$/;
const FULL_SHARE = 100;

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9';
}

/** How a row's printed values agree with its two relations; null where a relation lacks a value. */
interface Relations {
  /** Printed product against cost × hours. */
  product: Agreement | null;
  /** Printed result against the printed product's share (cost × hours when no product is printed). */
  result: Agreement | null;
  /** Printed result against the share of cost × hours. */
  resultOnExact: Agreement | null;
}

function relationsOf(cells: Cells): Relations {
  const { hourlyCost, hours, product, percentage, result } = cells;
  const exactProduct = hourlyCost && hours ? hourlyCost.value.times(hours.value) : null;
  const base = product?.value ?? exactProduct;
  const shareOf = (of: Decimal | null) => (of && percentage && result ? agreement(result.value, applyPercentage(of, percentage.value)) : null);
  return {
    product: exactProduct && product ? agreement(product.value, exactProduct) : null,
    result: shareOf(base),
    resultOnExact: shareOf(exactProduct),
  };
}

const holds = (agreement: Agreement | null) => agreement !== null && agreement !== 'different';

/**
 * Whether a row's printed arithmetic holds (exactly or by rounding): true, false, or null when the
 * row has too few values to tell.
 */
export function reconciles(cells: Cells): boolean | null {
  const relations = relationsOf(cells);
  const verdicts: boolean[] = [];
  if (relations.product !== null) verdicts.push(holds(relations.product));
  if (relations.result !== null) verdicts.push(holds(relations.result) || holds(relations.resultOnExact));
  return verdicts.length === 0 ? null : verdicts.every(Boolean);
}

/**
 * True when every relation the corrected value takes part in holds exactly: a correction that only
 * holds as a rounding (1299,8 read for 1299,0 against 1299,20) would be a guess.
 */
function exactIn(cells: Cells, column: StaffColumn): boolean {
  const relations = relationsOf(cells);
  const productHolds = relations.product === null || relations.product === 'exact';
  const resultHolds = relations.result === null || relations.result === 'exact';
  if (column === 'hourlyCost' || column === 'hours') return productHolds && (cells.product !== null || resultHolds);
  if (column === 'product') return productHolds && resultHolds;
  return resultHolds;
}

/** The values of a row that its arithmetic confirms: those in a relation that holds. */
export function confirmedValues(cells: Cells): Set<StaffColumn> {
  const relations = relationsOf(cells);
  const confirmed = new Set<StaffColumn>();
  if (holds(relations.product)) for (const column of ['hourlyCost', 'hours', 'product'] as const) confirmed.add(column);
  if (holds(relations.result)) {
    for (const column of ['percentage', 'result'] as const) confirmed.add(column);
    if (cells.product) confirmed.add('product');
    else for (const column of ['hourlyCost', 'hours'] as const) confirmed.add(column);
  }
  return confirmed;
}

/** "0,62": a confidence as messages print it. */
export function formatConfidence(confidence: number): string {
  return confidence.toFixed(2).replace('.', ',');
}
