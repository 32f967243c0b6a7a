import type { Rule } from '../rule.js';
import { costTypo } from './cost-typo.js';
import { declaredMismatch } from './declared-mismatch.js';
import { declaredRounded } from './declared-rounded.js';
import { missingTable } from './missing-table.js';
import { missingValue } from './missing-value.js';
import { noProjects } from './no-projects.js';
import { ocrUncertain } from './ocr-uncertain.js';
import { productMismatch } from './product-mismatch.js';
import { productRounded } from './product-rounded.js';
import { rateOutlier } from './rate-outlier.js';
import { resultMismatch } from './result-mismatch.js';
import { resultRounded } from './result-rounded.js';
import { totalMismatch } from './total-mismatch.js';
import { totalRounded } from './total-rounded.js';
import { unparsedLine } from './unparsed-line.js';

/** Every rule, in the order the contract applies them. */
export const RULES: readonly Rule[] = [
  costTypo,
  productMismatch,
  productRounded,
  resultMismatch,
  resultRounded,
  totalMismatch,
  totalRounded,
  declaredMismatch,
  declaredRounded,
  rateOutlier,
  missingValue,
  unparsedLine,
  missingTable,
  noProjects,
  ocrUncertain,
];
