import type { Amount, SourceRef } from '../model.js';
import { parseItalianNumber } from '../normalize/numbers.js';
import type { ReadLines } from './read-line.js';
import { joinWithOffsets, type JoinedText } from './text.js';

/** The amount a project says it adds to the fund, with the lines its sentence spans. */
export interface DeclaredAmount {
  amount: Amount;
  source: SourceRef;
}

/** A mention of the fund (or of feeding it), where a declared sentence starts. */
const MENTION_PATTERN = String.raw`\bfondo\b|\balimentare\b`;
/** Thousands set apart by dots, apostrophes or spaces ("2.496,20", "2'496,20", "2 496,20"), or none. */
const AMOUNT = String.raw`(\d{1,3}(?:([.'’ \u00a0])\d{3})(?:\2\d{3})*(?:,\d+)?|\d+(?:,\d+)?)`;
/**
 * "… alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di € 2.900,05, quale sommatoria …":
 * the amount in euro that follows a mention of the fund (or of feeding it) in the same sentence.
 */
export const DECLARED_SENTENCE = new RegExp(
  String.raw`(?:${MENTION_PATTERN})[^€;]{0,160}?(?:€|\beuro\b|\beur\b)\s*` + AMOUNT + String.raw`(?![\d])`,
  'i',
);

const MENTION = new RegExp(MENTION_PATTERN, 'i');
/**
 * How far past its mention a declared sentence can reach: the mention, 160 characters, "euro",
 * a space and the first digit of the amount. The amount itself never runs over a line's end.
 */
const SENTENCE_REACH = 200;

/**
 * Finds the declared amount in a project's prose lines (tables excluded by the caller), or null.
 * Only the lines from each mention of the fund up to the sentence's reach are joined and searched:
 * a match starting on the mention's line is the one a search of all the lines joined would find.
 */
export function findDeclaredAmount(lines: ReadLines): DeclaredAmount | null {
  for (let k = 0; k < lines.length; k++) {
    const mentioned = lines.text(k);
    if (!MENTION.test(mentioned)) continue;
    let end = k + 1;
    for (let after = 0; end < lines.length && after < SENTENCE_REACH; end++) {
      const text = lines.text(end);
      if (text !== '') after += text.length + 1;
    }
    const joined = joinWithOffsets(lines.slice(k, end));
    const match = DECLARED_SENTENCE.exec(joined.text);
    if (!match || match.index >= mentioned.length) continue;
    return declaredIn(lines, joined, match);
  }
  return null;
}

function declaredIn(lines: ReadLines, joined: JoinedText, match: RegExpExecArray): DeclaredAmount | null {
  if (match[1] === undefined) return null;
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
