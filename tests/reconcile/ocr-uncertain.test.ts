import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/extract/structure.js';
import type { SourceDocument } from '../../src/model.js';
import { normalizePlan } from '../../src/normalize/plan.js';
import { audit } from '../../src/reconcile/audit.js';
import { toDocumentRecord } from '../../src/record.js';
import { findingsOf, planText, sourceOf } from '../helpers/plans.js';

/**
 * A plan as OCR would give it: every word with a confidence, `unsure` words below the threshold.
 * (Words of a line are its space-separated pieces, as the layout of a scanned page makes them.)
 */
function scannedPlan(rows: string[], unsure: Record<string, number>, total: string, declared?: string, sure = 0.97) {
  const text = planText([{ number: 3, rows, total, ...(declared !== undefined && { declared }) }]);
  const source: SourceDocument = { ...sourceOf(text, 'scan.pdf'), format: 'pdf', pages: 1 };
  for (const line of source.lines) {
    line.page = 1;
    line.ocr = line.text.split(' ').filter((w) => w !== '').map((word) => ({ text: word, confidence: unsure[word] ?? sure }));
  }
  const { plan } = normalizePlan(source, outlineDocument(source));
  return toDocumentRecord(audit(plan));
}

describe('ocr-uncertain', () => {
  it('flags a value OCR was unsure of when the row’s arithmetic does not confirm it', () => {
    // 18,56 × 350 = 6.496,00 holds; 6.496,00 × 20% = 1.299,20, not 1.209,2: the result is unconfirmed.
    const doc = scannedPlan(['D2 18,56 350 6496,00 20 1209,2'], { '1209,2': 0.61 }, 'Totale 1209,2');
    expect(findingsOf(doc, 'ocr-uncertain')).toEqual([
      expect.objectContaining({ severity: 'warning', project: 3, row: 1, field: 'result', printed: '1209.2', expected: null }),
    ]);
    expect(findingsOf(doc, 'ocr-uncertain')[0]!.message).toBe(
      "Row 1 (D2): result 1.209,20 was read by OCR with confidence 0,61 and the row's arithmetic does not confirm it: check it on the scan (page 1)",
    );
    expect(doc.projects[0]!.staff[0]!.ocr).toEqual({ minConfidence: 0.61 });
  });

  it('stays silent for unsure values the arithmetic confirms, for sure values, and for printed text', () => {
    const confirmed = scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { '18,56': 0.5, '1299,2': 0.4 }, 'Totale 1299,2');
    expect(findingsOf(confirmed, 'ocr-uncertain')).toEqual([]);
    const sure = scannedPlan(['D2 18,56 350 6496,00 20 1209,2'], {}, 'Totale 1209,2');
    expect(findingsOf(sure, 'ocr-uncertain')).toEqual([]);
    expect(findingsOf(sure, 'result-mismatch')).toHaveLength(1);
  });

  it('flags a label that stands where a grade code is but is none, on an unsure row', () => {
    const doc = scannedPlan(['Cx 16,27 25 406,75 15 61,0125'], { Cx: 0.52 }, 'Totale 61,0125');
    expect(findingsOf(doc, 'ocr-uncertain')).toEqual([expect.objectContaining({ project: 3, row: 1, field: 'grade', printed: null })]);
    expect(findingsOf(doc, 'ocr-uncertain')[0]!.message).toBe(
      'Row 1: grade "Cx" was read by OCR with confidence 0,52 and is no grade code (a letter A–D and a digit): check it on the scan (page 1)',
    );
    for (const grade of ['pi', 'pa', 'DB !']) {
      const misread = scannedPlan([`${grade} 16,27 25 406,75 15 61,0125`], { [grade.split(' ')[0]!]: 0.57 }, 'Totale 61,0125');
      expect(misread.projects[0]!.staff[0]!.grade).toBe(grade);
      expect(findingsOf(misread, 'ocr-uncertain')).toEqual([expect.objectContaining({ row: 1, field: 'grade' })]);
    }
    // "Ci": the i a scan's 1, read as C1 with a repair, and no warning.
    expect(findingsOf(scannedPlan(['Ci 16,27 25 406,75 15 61,0125'], { Ci: 0.52 }, 'Totale 61,0125'), 'ocr-uncertain')).toEqual([]);
    expect(findingsOf(scannedPlan(['C1 16,27 25 406,75 15 61,0125'], { C1: 0.52 }, 'Totale 61,0125'), 'ocr-uncertain')).toEqual([]);
  });

  it('does not correct a value into one that holds only as a rounding', () => {
    // 1299,8 → 1299,0 (0 read as 8) would agree with 1.299,20 only as a rounding: no guess, a warning.
    const doc = scannedPlan(['D2 18,56 350 6496,00 20 1299,8'], { '1299,8': 0.7 }, 'Totale 1299,8');
    expect(doc.projects[0]!.staff[0]!.result).toBe('1299.8');
    expect(findingsOf(doc, 'ocr-uncertain').map((f) => f.field)).toEqual(['result']);
  });

  it('corrects a plausible misreading that makes the whole row hold, as a repair, and flags nothing', () => {
    const doc = scannedPlan(['D2 18,56 350 6496,00 28 1299,2'], { '28': 0.7 }, 'Totale 1299,2');
    const row = doc.projects[0]!.staff[0]!;
    expect(row.percentage).toBe('20');
    expect(row.repairs).toContainEqual({
      kind: 'ocr-corrected',
      detail: 'percentage read by OCR as "28", taken as 20 (0 read as 8): only then does the row\'s arithmetic hold',
    });
    expect(doc.discrepancies).toEqual([]);
  });

  it('flags a printed total OCR was unsure of that neither the rows nor the declared amount confirm', () => {
    // The rows sum to 1.299,20; the total read 1.209,2 at 0,62, the declared amount 1.299,20.
    const doc = scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { '1209,2': 0.62 }, 'Totale 1209,2', '1.299,20');
    expect(findingsOf(doc, 'total-mismatch')).toHaveLength(1);
    expect(findingsOf(doc, 'ocr-uncertain')).toEqual([
      expect.objectContaining({ project: 3, row: null, field: 'total', printed: '1209.2', expected: null }),
    ]);
    expect(findingsOf(doc, 'ocr-uncertain')[0]!.message).toBe(
      'Project 3: printed total 1.209,20 was read by OCR with confidence 0,62 and neither the rows nor the declared amount confirm it: check it on the scan (page 1)',
    );
    // Sure of it, or the rows confirm it, or the declared amount does: no warning.
    expect(findingsOf(scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], {}, 'Totale 1209,2'), 'ocr-uncertain')).toEqual([]);
    expect(findingsOf(scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { '1299,2': 0.4 }, 'Totale 1299,2'), 'ocr-uncertain')).toEqual([]);
    expect(findingsOf(scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { '1209,2': 0.62 }, 'Totale 1209,2', '1.209,20'), 'ocr-uncertain')).toEqual([]);
  });

  it('flags a declared amount OCR was unsure of that neither the printed total nor the rows confirm', () => {
    // "di € 1.256,50, quale …": the amount's word, its comma and all, read at 0,21.
    const doc = scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { '1.256,50,': 0.21 }, 'Totale 1299,2', '1.256,50');
    expect(findingsOf(doc, 'declared-mismatch')).toHaveLength(1);
    expect(findingsOf(doc, 'ocr-uncertain')).toEqual([expect.objectContaining({ project: 3, row: null, field: 'declaredAmount', printed: '1256.50' })]);
    expect(findingsOf(doc, 'ocr-uncertain')[0]!.message).toBe(
      'Project 3: declared amount 1.256,50 was read by OCR with confidence 0,21 and neither the printed total nor the rows confirm it: check it on the scan (page 1)',
    );
    // Other words of its sentence unsure, the amount sure: no warning.
    expect(findingsOf(scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], { quale: 0.1, '€': 0.2 }, 'Totale 1299,2', '1.256,50'), 'ocr-uncertain')).toEqual([]);
  });

  it('flags a page OCR could not read, whatever way up it was tried, and no page it read', () => {
    const unread = scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], {}, 'Totale 1299,2', '1.299,20', 0.3);
    const pages = findingsOf(unread, 'ocr-uncertain').filter((f) => f.row === null && f.project === null);
    expect(pages).toEqual([expect.objectContaining({ project: null, row: null, field: null, printed: null, source: { page: 1, lines: [1] } })]);
    expect(pages[0]!.message).toBe(
      'Page 1 was read by OCR with a mean confidence of 0,30, upright, upside down and sideways: most of its text is not read, and what it holds may be missing from the projects: check the scan',
    );
    const read = scannedPlan(['D2 18,56 350 6496,00 20 1299,2'], {}, 'Totale 1299,2', '1.299,20', 0.6);
    expect(findingsOf(read, 'ocr-uncertain').filter((f) => f.project === null)).toEqual([]);
  });

  it('flags a PDF whose pages are scans with another program’s OCR text under them, once, naming the pages', () => {
    const text = planText([{ number: 3, rows: ['D2 18,56 350 6496,00 20 1299,2'], total: 'Totale 1299,2' }]);
    const source: SourceDocument = { ...sourceOf(text, 'scan.pdf'), format: 'pdf', pages: 5, textOverScan: [1, 2, 3, 5] };
    source.lines.forEach((line, i) => (line.page = i < 10 ? 1 : 2));
    const doc = toDocumentRecord(audit(normalizePlan(source, outlineDocument(source)).plan));
    expect(findingsOf(doc, 'ocr-uncertain')).toEqual([expect.objectContaining({ project: null, row: null, field: null, source: { lines: [1], page: 1 } })]);
    expect(findingsOf(doc, 'ocr-uncertain')[0]!.message).toBe(
      "Pages 1–3, 5 are scans with another program's OCR text laid invisibly under the images: their values are that program's reading, never checked against the images: check them on the scans, or read the images with --ocr always",
    );
    const one = { ...source, textOverScan: [2] };
    expect(findingsOf(toDocumentRecord(audit(normalizePlan(one, outlineDocument(one)).plan)), 'ocr-uncertain')[0]!.message).toMatch(/^Page 2 is a scan with another program's OCR text laid invisibly under the image: its values/);
  });
});
