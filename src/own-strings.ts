/** V8 makes no cut (slice) nor join (cons) of fewer characters than this: shorter strings own their text. */
const MIN_SHARED_LENGTH = 13;

/**
 * A deep copy of plain JSON data whose strings own their characters. A string cut from a
 * document's text (a line, a trimmed title) keeps the whole text alive in V8, so records handed
 * to a caller who keeps them would hold every document they came from.
 */
export function withOwnStrings<T>(value: T): T {
  if (typeof value === 'string') return (value.length < MIN_SHARED_LENGTH ? value : ownCopy(value)) as T;
  if (Array.isArray(value)) return value.map(withOwnStrings) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withOwnStrings(field)])) as T;
}

/** A flat copy: slicing a join makes V8 flatten the join into new characters, and cut those. */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}
