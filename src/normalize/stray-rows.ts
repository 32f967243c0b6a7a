import type { Decimal } from 'decimal.js';
import { agreement, applyPercentage } from '../rounding.js';
import { parseItalianNumber } from './numbers.js';
import { classifyLine } from './row-line.js';

/**
 * Whether a line outside every staff table reads as a staff row all the same: a grade, then a
 * cost, hours, a product, a percentage and a result, of which cost × hours makes the product or
 * the percentage of the product makes the result (exactly or rounded). Such a line stands under a
 * header that was not read as one ("Cateuvzia Costo urario Ore …", an OCR's), and is said unread,
 * never passed over unsaid. A line of another table (the fund shared out by name, hours by month)
 * has no such arithmetic.
 */
export function isStrayStaffRow(text: string): boolean {
  if (!GRADED_START.test(text)) return false;
  const kind = classifyLine(text);
  if (kind.kind !== 'row-start' || kind.grade === null || kind.numbers.length < STAFF_FIGURES) return false;
  const [cost, hours, product, percentage, result] = kind.numbers.slice(0, STAFF_FIGURES).map((token) => parseItalianNumber(token)?.value ?? null);
  return holds(product, cost && hours && cost.times(hours)) || holds(result, product && percentage && applyPercentage(product, percentage));
}

/** Cost, hours, product, percentage, result. */
const STAFF_FIGURES = 5;

/**
 * A cheap first look: a grade code near the line's start ("D1 …", "3) C2 …", "Cat. B3 …"), or
 * after a profile's words and before a figure ("Istruttore direttivo D1 19,25 …", "responsabile
 * D3 € 21,74 …"); prose lines fail at once.
 */
const GRADED_START = /^\s*(?:\S{1,6}\s+)?[A-Da-d][\s.]?[1-9]\s|^\s*\p{L}[\p{L}\s.'’-]{0,80}?\s(?:[A-D]s?|EP)[\s.]?[1-9]\s+(?:€\s?)?\d/u;

function holds(printed: Decimal | null | undefined, exact: Decimal | null | undefined): boolean {
  return !!printed && !!exact && agreement(printed, exact) !== 'different';
}
