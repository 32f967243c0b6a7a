import { STAFF_COLUMN_NAMES, STAFF_COLUMNS } from '../../model.js';
import { formatMoney } from '../../normalize/numbers.js';
import { confirmedValues, formatConfidence, OCR_CONFIDENCE_THRESHOLD } from '../../normalize/ocr-row.js';
import { eachRow, rowName, type Rule } from '../rule.js';

/** A short label that is no grade code ("Cx", "C]"): on an unsure OCR row, a grade code misread. */
const MISREAD_GRADE = /^(?![A-D][1-9]$)[A-Da-d]\S{0,2}$/;

/** A value OCR was unsure of that the row's arithmetic does not confirm: the scan may say otherwise. */
export const ocrUncertain: Rule = {
  meta: {
    id: 'ocr-uncertain',
    severity: 'warning',
    description: "a value read by OCR below the confidence threshold that the row's arithmetic does not confirm",
  },
  check(context) {
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
  },
};
