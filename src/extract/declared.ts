import type { Amount, SourceRef } from '../model.js';
import { parseItalianNumber } from '../normalize/numbers.js';
import type { ReadLines } from './read-line.js';
import { joinWithOffsets } from './text.js';

/** The amount a project says it adds to the fund, with the lines its sentence spans. */
export interface DeclaredAmount {
  amount: Amount;
  source: SourceRef;
}

const AMOUNT = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;
/**
 * "… alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.900,05, quale sommatoria …":
 * the amount in euro that follows a mention of the fund (or of feeding it) in the same sentence.
 */
const DECLARED_SENTENCE = new RegExp(
  String.raw`(?:\bfondo\b|\balimentare\b)[^€;]{0,160}?(?:€|\beuro\b|\beur\b)\s*` + AMOUNT + String.raw`(?![\d])`,
  'i',
);

/** Finds the declared amount in a project's prose lines (tables excluded by the caller), or null. */
export function findDeclaredAmount(lines: ReadLines): DeclaredAmount | null {
  const joined = joinWithOffsets(lines);
  const match = DECLARED_SENTENCE.exec(joined.text);
  if (!match || match[1] === undefined) return null;
  const amount = parseItalianNumber(match[1]);
  if (!amount) return null;
  const first = joined.lineAt(match.index);
  const last = joined.lineAt(match.index + match[0].length - 1);
  const spanned: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines.source(i).line;
    if (line >= first.line && line <= last.line && lines.text(i) !== '') spanned.push(line);
  }
  return { amount, source: { lines: spanned, page: last.page } };
}
