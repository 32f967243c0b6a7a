import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { parseCellPart, parseItalianNumber } from '../../src/normalize/numbers.js';
import { checkPipeline, type Violation } from './invariants.js';
import { caseBytes, mutatedLines, mutationCases, type MutationCase } from './mutations.js';
import { actualReading, canonical, expectedReading, italian, tablePlanArbitrary, type TablePlan, type TableReading } from './tables.js';

/**
 * The fuzz targets: what is generated, what must hold, and how a case is shown. The property tests
 * (tests/fuzz/*.test.ts) run each one briefly; `npm run fuzz` (scripts/fuzz.ts) runs them long and
 * groups failures by kind.
 */
export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Everything that is wrong with one case; empty when the case passes. */
  check(value: T): Promise<Violation[]>;
  /** The case written out for a report. */
  show(value: T): string;
}

// ---------------------------------------------------------------------------------------------
// (a) The number parser

/** A number printed the Italian way, perhaps with a currency before it or a percent sign after, and what it must read as. */
export interface PrintedNumber {
  printed: string;
  /** The canonical text it must read as: dot decimal, printed digits kept. */
  text: string;
}

const printedNumber: fc.Arbitrary<PrintedNumber> = fc
  .record({
    units: fc.bigInt({ min: 0n, max: 10n ** 15n }),
    decimals: fc.integer({ min: 0, max: 4 }),
    /** Printed decimals beyond the value's own: trailing zeros the reading must keep. */
    padding: fc.integer({ min: 0, max: 2 }),
    grouped: fc.boolean(),
    before: fc.constantFrom('', '', '€ ', '€', 'EUR ', 'euro ', 'Euro. ', '€\u00a0'),
    after: fc.constantFrom('', '', '%', ' %'),
    space: fc.constantFrom('', ' ', '  ', '\t', '\u00a0'),
  })
  .filter(({ before, after }) => before === '' || after === '')
  .map(({ units, decimals, padding, grouped, before, after, space }) => {
    const value = new Decimal(units.toString()).dividedBy(new Decimal(10).pow(decimals));
    const body = italian(value, decimals + (decimals > 0 ? padding : 0), grouped);
    return { printed: `${space}${before}${body}${after}${space}`, text: canonical(body) };
  });

const numberLike = fc.string({ unit: fc.constantFrom('0', '1', '7', '9', '.', ',', '%', '€', ' ', '\u00a0', '-', '+', 'e', 'E', 'u', 'r', 'o', '\t'), maxLength: 24 });
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

const CANONICAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

function readingProblems(raw: string, parse: (raw: string) => ReturnType<typeof parseItalianNumber>, name: string): Violation[] {
  let amount: ReturnType<typeof parseItalianNumber>;
  try {
    amount = parse(raw);
  } catch (error) {
    return [{ kind: 'exception', message: `${name} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` }];
  }
  if (amount === null) return [];
  const problems: string[] = [];
  if (!CANONICAL.test(amount.text)) problems.push(`text ${JSON.stringify(amount.text)} is not canonical`);
  else if (!amount.value.equals(new Decimal(amount.text))) problems.push(`value ${amount.value.toString()} differs from its text ${amount.text}`);
  if (amount.raw !== raw.trim()) problems.push(`raw ${JSON.stringify(amount.raw)} is not the trimmed input`);
  const again = parse(amount.raw);
  if (again?.text !== amount.text) problems.push(`reading its raw text again gives ${JSON.stringify(again?.text)}`);
  return problems.map((message) => ({ kind: 'number' as const, message: `${name}: ${message}` }));
}

/** Any string: the parsers never throw, and whatever they read is canonical, exact and keeps its raw text. */
export const numberParserTarget: FuzzTarget<{ raw: string } | PrintedNumber> = {
  name: 'numbers',
  arbitrary: fc.oneof(
    { weight: 2, arbitrary: printedNumber },
    { weight: 2, arbitrary: numberLike.map((raw) => ({ raw })) },
    { weight: 1, arbitrary: anyText.map((raw) => ({ raw })) },
  ),
  async check(value) {
    const raw = 'printed' in value ? value.printed : value.raw;
    // parseCellPart reads the parts of a split token, which hold no white space.
    const problems = [...readingProblems(raw, parseItalianNumber, 'parseItalianNumber'), ...readingProblems(raw.replace(/\s/g, ''), parseCellPart, 'parseCellPart')];
    if ('printed' in value) {
      const amount = parseItalianNumber(value.printed);
      if (amount?.text !== value.text) {
        problems.push({ kind: 'number', message: `parseItalianNumber(${JSON.stringify(value.printed)}) reads ${JSON.stringify(amount?.text ?? null)}, printed ${value.text}` });
      }
    }
    return problems;
  },
  show: (value) => JSON.stringify(value),
};

// ---------------------------------------------------------------------------------------------
// (b) The row assembler

/** Well-formed tables, however printed, read back to the same rows and totals, with no unparsed line. */
export const rowAssemblerTarget: FuzzTarget<TablePlan> = {
  name: 'rows',
  arbitrary: tablePlanArbitrary,
  async check(plan) {
    const { reading, unparsed } = actualReading(plan.text);
    const expected = expectedReading(plan);
    const problems: Violation[] = unparsed.map((u) => ({ kind: 'unparsed', message: `${JSON.stringify(u.text)} not read (${u.reason})`, group: generalReason(u.reason) }));
    for (const { field, message } of readingDifferences(expected, reading)) problems.push({ kind: 'reading', message, group: `${field} read differently` });
    return problems;
  },
  show: (plan) => plan.tables.map((t) => [...t.header, ...t.rows.flatMap((r) => r.lines), ...t.totalLines].join('\n')).join('\n---\n'),
};

/** A reason with the values it quotes taken out, the same for every row it applies to. */
function generalReason(reason: string): string {
  return reason.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, '#');
}

/** Where the reading differs from what was printed, with the field that differs ("rows", "total", "grade", "hours", "raw", …). */
function readingDifferences(expected: TableReading, actual: TableReading): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  if (actual.length !== expected.length) return [{ field: 'projects', message: `${actual.length} projects, ${expected.length} printed` }];
  expected.forEach((table, t) => {
    const got = actual[t]!;
    const at = `project ${t + 1}`;
    if (got.total !== table.total) out.push({ field: 'total', message: `${at} total ${got.total} printed ${table.total}` });
    if (got.rows.length !== table.rows.length) out.push({ field: 'rows', message: `${at}: ${got.rows.length} rows, ${table.rows.length} printed` });
    table.rows.forEach((row, r) => {
      const g = got.rows[r];
      if (!g) return;
      const here = `${at} row ${r + 1}`;
      if (g.grade !== row.grade) out.push({ field: 'grade', message: `${here} grade ${g.grade} printed ${row.grade}` });
      const fields = ['hourlyCost', 'hours', 'product', 'percentage', 'result'];
      row.values.forEach((v, k) => {
        if (g.values[k] !== v) out.push({ field: fields[k]!, message: `${here} ${fields[k]} ${g.values[k]} printed ${v}` });
      });
      if (g.raw !== row.raw) out.push({ field: 'raw', message: `${here} raw ${JSON.stringify(g.raw)} printed ${JSON.stringify(row.raw)}` });
      if (g.split !== row.split) out.push({ field: 'repairs', message: `${here} ${row.split ? 'no cells-split repair' : 'a cells-split repair on unglued cells'}` });
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// (c) The whole text pipeline under mutation

/** Mutated plans: no exception escapes, the document validates, decimals are canonical, the accounting holds. */
export const pipelineTarget: FuzzTarget<MutationCase> = {
  name: 'pipeline',
  // Lines of up to 20,000 characters: enough to show a reader that is quadratic in a line's length
  // (see `slow` in the report) without one case taking minutes.
  arbitrary: mutationCases({ longestLine: 20_000 }),
  async check(c) {
    return (await checkPipeline(caseBytes(c))).violations;
  },
  show(c) {
    const abbreviate = (_key: string, value: unknown) =>
      typeof value === 'string' && value.length > 200 ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
    const lines = mutatedLines(c);
    return `${JSON.stringify(c, abbreviate)}\n(${lines.length} lines after mutation)`;
  },
};

export const TARGETS = [numberParserTarget, rowAssemblerTarget, pipelineTarget] as const;
