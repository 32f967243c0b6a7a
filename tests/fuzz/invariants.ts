import { Decimal } from 'decimal.js';
import { UnreadableInputError } from '../../src/errors.js';
import type { SourceDocument } from '../../src/model.js';
import { extractSource, recordOf } from '../../src/pipeline.js';
import { DocumentSchema, type DocumentRecord } from '../../src/schema.js';
import { accountTables } from '../helpers/accounting.js';

/**
 * What went wrong in a fuzz case. The pipeline's: an escaped `exception`, an unreadable input
 * without a one-line message, a `schema` violation, a non-canonical `decimal`, an `inexact`
 * computed value (the contract: "a computed value is exact"), an `accounting` hole, a row or
 * unparsed entry whose raw text is not its source lines' (`provenance`). The row
 * assembler's: a line `unparsed`, a value `reading` differently. The number parser's: a wrong
 * `number`. Any target's: a `slow` case, far slower than an input of its size should be
 * (scripts/fuzz.ts).
 */
export type ViolationKind =
  | 'exception'
  | 'unreadable-message'
  | 'schema'
  | 'decimal'
  | 'inexact'
  | 'accounting'
  | 'provenance'
  | 'unparsed'
  | 'reading'
  | 'number'
  | 'slow';

export interface Violation {
  kind: ViolationKind;
  message: string;
  /** For an exception: the innermost frame in src/ ("src/normalize/cells.ts:42:7"). */
  where?: string;
  /** What the fault is, the same for every case that shows it; derived from the message when absent. */
  group?: string;
}

/** What reading one input gave: a document, or the one-line reason it is unreadable; and what went wrong. */
export interface PipelineCheck {
  unreadable: string | null;
  record: DocumentRecord | null;
  violations: Violation[];
}

/** A decimal as dataset.json holds it: no thousands separator, no exponent, no leading zero, no negative zero. */
const CANONICAL_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const NEGATIVE_ZERO = /^-0(?:\.0+)?$/;

/** Every decimal string of a document record, with where it stands. */
export function decimalsOf(record: DocumentRecord): Array<{ path: string; value: string | null }> {
  const out: Array<{ path: string; value: string | null }> = [];
  const { summary } = record;
  out.push(
    { path: 'summary.declaredTotal', value: summary.declaredTotal },
    { path: 'summary.printedTotal', value: summary.printedTotal },
    { path: 'summary.computedTotal', value: summary.computedTotal },
  );
  record.projects.forEach((p, i) => {
    const at = `projects[${i}]`;
    out.push({ path: `${at}.declaredAmount`, value: p.declaredAmount }, { path: `${at}.printedTotal`, value: p.printedTotal }, { path: `${at}.computedTotal`, value: p.computedTotal });
    p.staff.forEach((r, j) => {
      const row = `${at}.staff[${j}]`;
      for (const field of ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const) out.push({ path: `${row}.${field}`, value: r[field] });
      for (const field of ['hourlyCost', 'product', 'result'] as const) out.push({ path: `${row}.expected.${field}`, value: r.expected[field] });
    });
  });
  record.discrepancies.forEach((d, i) => {
    for (const field of ['printed', 'expected', 'difference'] as const) out.push({ path: `discrepancies[${i}].${field}`, value: d[field] });
  });
  return out;
}

/** The decimal strings of a record that are not canonical. */
export function nonCanonicalDecimals(record: DocumentRecord): string[] {
  return decimalsOf(record)
    .filter(({ value }) => value !== null && (!CANONICAL_DECIMAL.test(value) || NEGATIVE_ZERO.test(value)))
    .map(({ path, value }) => `${path} = ${JSON.stringify(abbreviated(value ?? ''))}`);
}

/** A long number shortened for a message: its first and last digits and its length. */
function abbreviated(text: string): string {
  return text.length <= 40 ? text : `${text.slice(0, 24)}…${text.slice(-8)} (${text.length} characters)`;
}

/** Decimal arithmetic without rounding: decimal.js rounds every result to 20 significant digits by default. */
const Exact = Decimal.clone({ precision: 1_000_000_000 });

/**
 * Computed values that are not exact: a row's expected product (expected cost × hours) and result
 * (expected product × percentage / 100), a finding's difference (printed − expected), and the
 * project totals (sums of the printed results).
 */
export function inexactValues(record: DocumentRecord): string[] {
  const out: string[] = [];
  const exact = (v: string) => new Exact(v);
  const check = (where: string, value: string | null, want: Decimal | null) => {
    if (value !== null && want !== null && !exact(value).equals(want)) out.push(`${where} = ${abbreviated(value)}, exactly ${abbreviated(want.toFixed())}`);
  };
  record.projects.forEach((p, i) => {
    p.staff.forEach((r, j) => {
      const { hourlyCost, product } = r.expected;
      const at = `projects[${i}].staff[${j}].expected`;
      check(`${at}.product`, product, hourlyCost !== null && r.hours !== null ? exact(hourlyCost).times(exact(r.hours)) : null);
      check(`${at}.result`, r.expected.result, product !== null && r.percentage !== null ? exact(product).times(exact(r.percentage)).dividedBy(100) : null);
    });
    const results = p.staff.map((r) => r.result).filter((v): v is string => v !== null);
    check(`projects[${i}].computedTotal`, p.computedTotal, results.reduce((sum, v) => sum.plus(exact(v)), exact('0')));
  });
  record.discrepancies.forEach((d, i) => {
    check(`discrepancies[${i}].difference`, d.difference, d.printed !== null && d.expected !== null ? exact(d.printed).minus(exact(d.expected)) : null);
  });
  return out;
}

/**
 * Runs `extractSource` + `recordOf` on the bytes of a text input and checks what must always hold:
 * no exception escapes but an UnreadableInputError with a one-line message; the document validates
 * with DocumentSchema; every decimal string is canonical and every computed one exact; every line of every table region is
 * accounted for (tests/helpers/accounting.ts).
 */
export async function checkPipeline(bytes: Uint8Array, path = 'fuzz.txt'): Promise<PipelineCheck> {
  const violations: Violation[] = [];
  let source: SourceDocument;
  try {
    source = await extractSource({ path, format: 'text', bytes });
  } catch (error) {
    if (error instanceof UnreadableInputError) {
      if (error.message.trim() === '' || /[\r\n]/.test(error.message)) {
        violations.push({ kind: 'unreadable-message', message: `not a one-line message: ${JSON.stringify(error.message)}` });
      }
      return { unreadable: error.message, record: null, violations };
    }
    return { unreadable: null, record: null, violations: [exceptionViolation('extractSource', error)] };
  }
  let record: DocumentRecord;
  try {
    record = recordOf(source);
  } catch (error) {
    return { unreadable: null, record: null, violations: [exceptionViolation('recordOf', error)] };
  }
  const parsed = DocumentSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      violations.push({ kind: 'schema', message: `${issue.path.join('.')}: ${issue.message} (${JSON.stringify(valueAt(record, issue.path))})` });
    }
  }
  for (const bad of nonCanonicalDecimals(record)) violations.push({ kind: 'decimal', message: `not a canonical decimal: ${bad}` });
  try {
    for (const bad of inexactValues(record)) violations.push({ kind: 'inexact', message: `not exact: ${bad}`, group: bad.replace(/\[\d+\]/g, '[]').replace(/ = .*/, '') });
  } catch (error) {
    violations.push(exceptionViolation('exactness check', error));
  }
  try {
    const accounting = accountTables(source, record);
    for (const problem of accounting.problems) violations.push({ kind: 'accounting', message: problem });
    for (const problem of provenanceProblems(source, record, accounting.roles)) violations.push({ kind: 'provenance', message: problem });
  } catch (error) {
    violations.push(exceptionViolation('accounting', error));
  }
  return { unreadable: null, record, violations };
}

/**
 * Every value keeps its raw text (issue 6): a staff row's raw text is its source lines' text,
 * white space folded, and each of those lines has the role `row`; an unparsed entry's text is its
 * line's text.
 */
export function provenanceProblems(source: SourceDocument, record: DocumentRecord, roles: ReadonlyMap<number, readonly string[]>): string[] {
  const out: string[] = [];
  const texts = new Map(source.lines.map((l) => [l.line, l.text]));
  const textOf = (line: number) => (texts.get(line) ?? '').replace(/\s+/g, ' ').trim();
  for (const project of record.projects) {
    for (const row of project.staff) {
      const at = `project ${project.number} row ${row.row}`;
      const joined = row.source.lines.map(textOf).join(' ');
      if (joined !== row.raw) out.push(`${at}: raw ${JSON.stringify(abbreviated(row.raw))} is not its lines' text ${JSON.stringify(abbreviated(joined))}`);
      for (const line of row.source.lines) {
        if (!roles.get(line)?.includes('row')) out.push(`${at}: its line ${line} has the role ${roles.get(line)?.join(', ') ?? 'none'}, not row`);
      }
    }
  }
  // A row kept with values it could not place is listed in `unparsed` by its raw text: only lines
  // that were not read at all are compared with their text here.
  for (const entry of record.unparsed) {
    if (!roles.get(entry.line)?.includes('unparsed')) continue;
    if (entry.text.replace(/\s+/g, ' ') !== textOf(entry.line)) {
      out.push(`unparsed line ${entry.line}: text ${JSON.stringify(abbreviated(entry.text))} is not the line's ${JSON.stringify(abbreviated(textOf(entry.line)))}`);
    }
  }
  return out;
}

function exceptionViolation(stage: string, error: unknown): Violation {
  if (!(error instanceof Error)) return { kind: 'exception', message: `${stage}: threw ${String(error)}` };
  const frame = (error.stack ?? '').split('\n').find((l) => l.includes('/src/'));
  const where = frame?.replace(/^.*\/(src\/[^):]+:\d+:\d+).*$/, '$1').trim();
  return { kind: 'exception', message: `${stage}: ${error.name}: ${error.message.split('\n')[0]}`, ...(where ? { where } : {}) };
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = value;
  for (const key of path) current = current === null || typeof current !== 'object' ? undefined : (current as Record<PropertyKey, unknown>)[key];
  return current;
}

/**
 * A violation with what varies between instances taken out (line numbers, numbers, quoted text),
 * so that the same fault found in a thousand cases counts as one kind.
 */
export function violationKind(v: Violation): string {
  if (v.group !== undefined) return `${v.kind}: ${v.group}`;
  const general = v.message
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\[\d+\]/g, '[]')
    .replace(/\d+/g, '#');
  if (v.kind === 'accounting') {
    const blank = /line \d+ "\s*" has no role/.test(v.message);
    return `accounting: ${general.replace(/^project #: /, '')}${blank ? ' (a blank line)' : ''}`;
  }
  return `${v.kind}: ${general}${v.where ? ` at ${v.where}` : ''}`;
}
