import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { accountTables } from '../helpers/accounting.js';
import { readPlan, sourceOf } from '../helpers/plans.js';
import { checkPipeline, inexactValues } from './invariants.js';

// Minimal inputs for the faults the fuzz targets found (tests/fuzz/targets.ts, `npm run fuzz`),
// each reduced by hand from the shrunk case, with where in src the fault came from. All but the
// lone-euro case were fixed in b117e41; they stay here so that they stay fixed.

const HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';
/** A plan with one project whose fifth condition holds the given table lines. */
const plan = (...table: string[]) => ['Progetto N° 1 - A', '', 'Quinta condizione', ...table, 'Sesta condizione: (b)', 'testo'].join('\n');
const staffOf = (text: string) =>
  readPlan(text).projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result]);

describe('fuzz regressions', () => {
  // Accounting hole. src/extract/table-header.ts readTableHeader skipped blank lines between header
  // pieces, and src/normalize/table.ts readTable gave a role to the pieces only: the blank line
  // inside the header had none. The seed (17 such lines) and most generated plans showed it.
  it('a blank line between two lines of a table header has a role', () => {
    const text = plan('PERSONALE COSTO ORARIO TOTALE ORE', '', 'PRODOTTO PERCENTUALE RISULTATO', 'D3 20,30 100 2030,00 20 406', 'Totale 406');
    expect(accountTables(sourceOf(text), readPlan(text)).problems).toEqual([]);
  });

  // Row assembler. src/normalize/row-line.ts classifyLine: a grade code started a row only at the
  // start of the line (GRADE_AT_START), and labelledRow wanted at least two numbers after the label;
  // so a labelled row broken after its label, or after its first value, was "text inside a staff
  // table" and its values "numbers outside any row".
  it.each([
    [['Istruttore C3', '17,10 200 3420,00 20 684']],
    [['Istruttore C3 17,10', '', '200 3420,00 20 684']],
    // Still failing after b117e41: labelledRow takes a lone "€" before the first value into the
    // label, which then does not end with the grade code (GRADE_AT_END): one value is not enough
    // for a row start, the line is "text inside a staff table" and the rest "numbers outside any row".
    [['Istruttore C3 € 17,10', '200 3420,00 20 684']],
  ])('a labelled row broken after its label or first value reads as one row: %j', (lines) => {
    const text = plan(HEADER, ...lines, 'Totale 684');
    expect(readPlan(text).unparsed).toEqual([]);
    expect(staffOf(text)).toEqual([['C3', '17.10', '200', '3420.00', '20', '684']]);
  });

  // Row assembler. src/normalize/row-line.ts labelledRow: the label ended at the first token that
  // starts with a digit, the digit of a spaced grade code ("C 3"): grade "Istruttore C", six values
  // for five columns, cells unresolved.
  it('a labelled row with a spaced grade code reads its grade and values', () => {
    const text = plan(HEADER, 'Istruttore C 3 17,10 200 3420,00 20 684', 'Totale 684');
    expect(readPlan(text).unparsed).toEqual([]);
    expect(staffOf(text)).toEqual([['C3', '17.10', '200', '3420.00', '20', '684']]);
  });

  // Quadratic time on a long run of digits in a row. src/normalize/cells.ts splitsOf tried every
  // cut of a token and parsed both sides (Decimal over the whole length), for each layout, and
  // again from src/normalize/table.ts continuesRow: 10,000 digits took ~10 s, the 51,000 of a
  // mutated seed line ~70 s.
  it('a row with a 3,000-digit value is read in a fraction of a second', () => {
    const text = plan(HEADER, `C3 17,10 200 ${'1'.repeat(3_000)}`, 'Totale 684');
    const started = performance.now();
    readPlan(text);
    expect(performance.now() - started).toBeLessThan(300);
  });

  // Inexact computed values. decimal.js rounds every operation to 20 significant digits unless
  // configured: the expected product of src/reconcile/expected.ts, the sums of audit.ts
  // computedTotalOf and the findings' differences were rounded past 20 digits. The contract: "a
  // computed value is exact (decimal.js)".
  it('computed values are exact, however many digits the printed ones have', async () => {
    const text = plan(HEADER, 'C3 17,10 123456789012345678901 3420,00 20 684', 'Totale 684');
    const document = readPlan(text);
    const product = document.projects[0]!.staff[0]!.expected.product;
    // 17,10 × 123456789012345678901, exactly (decimal.js with default settings gives …109200)
    expect(new Decimal(product ?? 'NaN').equals(new Decimal('2111111092111111109207.1'))).toBe(true);
    expect(inexactValues(document)).toEqual([]);
    const { violations } = await checkPipeline(new TextEncoder().encode(text));
    expect(violations.filter((v) => v.kind === 'inexact')).toEqual([]);
  });
});
