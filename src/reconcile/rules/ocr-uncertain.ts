import type { Decimal } from 'decimal.js';
import { meanConfidence, READABLE_PAGE } from '../../extract/ocr/page-confidence.js';
import { STAFF_COLUMN_NAMES, STAFF_COLUMNS, type Amount, type PlanDocument, type Project, type SourceLine, type SourceRef } from '../../model.js';
import { formatMoney } from '../../normalize/numbers.js';
import { confirmedValues, formatConfidence, OCR_CONFIDENCE_THRESHOLD } from '../../normalize/ocr-row.js';
import { agreement } from '../../rounding.js';
import { compareDeclared, compareTotal } from '../comparisons.js';
import { documentReport, eachRow, rowName, type Rule, type RuleContext } from '../rule.js';

/**
 * A short label that is no grade code ("Cx", "C]"; "pi", "pa", in small letters, which no grade is
 * printed in; "DB !", "Ci \", with a mark beside it): on an unsure OCR row, a grade code misread.
 */
const MISREAD_GRADE = /^(?![A-D][1-9]$)(?:[A-Da-d]\S{0,2}|[a-z][a-z\d]{0,2}|(?=.{1,4}$)[A-Da-d\d]*[^\p{L}\p{N}].*)$/u;

/**
 * A value OCR was unsure of that the arithmetic does not confirm: a row's cell, a project's printed
 * total or declared amount; or a page OCR could not read at all, whose rows, headings and amounts
 * may be missing. The scan may say otherwise.
 */
export const ocrUncertain: Rule = {
  meta: {
    id: 'ocr-uncertain',
    severity: 'warning',
    description: "a value read by OCR below the confidence threshold that the row's arithmetic does not confirm",
  },
  check(context) {
    checkTextOverScan(context);
    checkPages(context);
    checkRows(context);
    for (const project of context.plan.projects) checkAmounts(project, context);
  },
};

function checkRows(context: RuleContext): void {
  eachRow(context.plan, (row, project) => {
    if (!row.ocr) return;
    if (row.grade !== null && MISREAD_GRADE.test(row.grade) && row.ocr.minConfidence < OCR_CONFIDENCE_THRESHOLD) {
      context.report({
        project: project.number,
        row: row.row,
        field: 'grade',
        printed: null,
        expected: null,
        message: `Row ${row.row}: grade "${row.grade}" was read by OCR with confidence ${formatConfidence(row.ocr.minConfidence)} and is no grade code (a letter A–D and a digit): check it on the scan (page ${row.source.page ?? '?'})`,
        source: row.source,
      });
    }
    const confirmed = confirmedValues(row);
    for (const column of STAFF_COLUMNS) {
      const value = row[column];
      const confidence = row.ocr.values[column];
      if (!value || confidence === undefined || confidence >= OCR_CONFIDENCE_THRESHOLD || confirmed.has(column)) continue;
      context.report({
        project: project.number,
        row: row.row,
        field: column,
        printed: value,
        expected: null,
        message: `${rowName(row)}: ${STAFF_COLUMN_NAMES[column]} ${column === 'hours' || column === 'percentage' ? value.raw : formatMoney(value.value)} was read by OCR with confidence ${formatConfidence(confidence)} and the row's arithmetic does not confirm it: check it on the scan (page ${row.source.page ?? '?'})`,
        source: row.source,
      });
    }
  });
}

/**
 * A project's printed total and declared amount, read by OCR below the threshold, that nothing
 * confirms: the total by neither the rows' sum nor the declared amount, the amount by neither the
 * total nor the rows' sum. Their mismatch may be the scan's, not the plan's.
 */
function checkAmounts(project: Project, context: RuleContext): void {
  const { printedTotal: total, declaredAmount: declared } = project;
  const sum = project.staff.length > 0 ? context.computedTotalOf(project) : null;
  if (total && project.totalSource) {
    const confirmed = compareTotal(project, context)?.agreement !== 'different' && sum !== null;
    if (!confirmed && !agreesWith(total, declared?.value)) {
      reportAmount(context, project, 'total', 'printed total', total, project.totalSource, 'neither the rows nor the declared amount confirm it');
    }
  }
  if (declared && project.declaredSource) {
    const confirmed = (compareDeclared(project, context)?.agreement ?? 'different') !== 'different';
    if (!confirmed && !agreesWith(declared, sum ?? undefined)) {
      reportAmount(context, project, 'declaredAmount', 'declared amount', declared, project.declaredSource, 'neither the printed total nor the rows confirm it');
    }
  }
}

/** Reports a project's amount as unsure where the words that print it were read below the threshold. */
function reportAmount(context: RuleContext, project: Project, field: string, name: string, amount: Amount, source: SourceRef, unconfirmed: string): void {
  const confidence = confidenceOf(amount, source, context.plan);
  if (confidence === null || confidence >= OCR_CONFIDENCE_THRESHOLD) return;
  context.report({
    project: project.number,
    row: null,
    field,
    printed: amount,
    expected: null,
    message: `Project ${project.number}: ${name} ${formatMoney(amount.value)} was read by OCR with confidence ${formatConfidence(confidence)} and ${unconfirmed}: check it on the scan (page ${source.page ?? '?'})`,
    source,
  });
}

function agreesWith(amount: Amount, other: Decimal | undefined): boolean {
  return other !== undefined && agreement(amount.value, other) !== 'different';
}

/**
 * How sure OCR was of an amount: the least confidence among the words of its lines that print its
 * figures ("1.256,50," in "di € 1.256,50, quale"; "1,914," and no "60," for "1,914"); null where
 * its lines were not read by OCR.
 */
function confidenceOf(amount: Amount, source: SourceRef, plan: PlanDocument): number | null {
  const digits = amount.raw.replace(NOT_DIGIT, '');
  let least: number | null = null;
  for (const number of source.lines) {
    for (const word of lineNumbered(plan, number)?.ocr ?? []) {
      const printed = word.text.replace(NOT_DIGIT, '');
      // A figure of the amount's, not a lone digit that happens to be among its own ("n. 2").
      if (printed.length === 0 || printed.length * 2 < digits.length || !digits.includes(printed)) continue;
      least = Math.min(least ?? 1, word.confidence);
    }
  }
  return least;
}

const NOT_DIGIT = /\D/g;

function lineNumbered(plan: PlanDocument, number: number): SourceLine | undefined {
  const lines = plan.source.lines;
  const guess = lines[number - 1];
  return guess?.line === number ? guess : lines.find((line) => line.line === number);
}

/**
 * A page OCR read at a mean confidence under {@link READABLE_PAGE} (after being tried upside down
 * and sideways): much of its text is not read, and what it holds (rows, headings, amounts) may be
 * missing from the projects without another word. A page of a few words (a stamp, a signature) is
 * passed over.
 */
function checkPages(context: RuleContext): void {
  const pages = new Map<number, { first: SourceLine; words: Array<{ text: string; confidence: number }> }>();
  for (const line of context.plan.source.lines) {
    if (!line.ocr || line.page === null) continue;
    const page = pages.get(line.page) ?? { first: line, words: [] };
    page.words.push(...line.ocr);
    pages.set(line.page, page);
  }
  for (const [number, { first, words }] of pages) {
    const confidence = meanConfidence(words);
    if (confidence >= READABLE_PAGE || characters(words) < MIN_PAGE_CHARACTERS) continue;
    const message = `Page ${number} was read by OCR with a mean confidence of ${formatConfidence(confidence)}, upright, upside down and sideways: most of its text is not read, and what it holds may be missing from the projects: check the scan`;
    context.report(documentReport(message, { lines: [first.line], page: number }));
  }
}

/**
 * A PDF whose pages are scans with another program's OCR text laid invisible under them: their
 * values are that program's reading, with no confidence to tell a misread figure from a printed
 * one, read as the text layer is and never checked against the images.
 */
function checkTextOverScan(context: RuleContext): void {
  const pages = context.plan.source.textOverScan;
  if (!pages || pages.length === 0) return;
  const first = context.plan.source.lines.find((line) => line.page === pages[0]);
  const message =
    pages.length === 1
      ? `Page ${pages[0]} is a scan with another program's OCR text laid invisibly under the image: its values are that program's reading, never checked against the image: check them on the scan, or read the image with --ocr always`
      : `Pages ${pageList(pages)} are scans with another program's OCR text laid invisibly under the images: their values are that program's reading, never checked against the images: check them on the scans, or read the images with --ocr always`;
  context.report(documentReport(message, { lines: first ? [first.line] : [], page: pages[0]! }));
}

/** "1–3, 5": page numbers, runs of three or more as their ends. */
function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
    runs.push(j - i >= 2 ? `${pages[i]}–${pages[j]}` : pages.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/** Fewer characters than this read on a page: a stamp, a signature or a logo, not a page of text. */
const MIN_PAGE_CHARACTERS = 40;

function characters(words: ReadonlyArray<{ text: string }>): number {
  return words.reduce((sum, word) => sum + word.text.length, 0);
}
