import type { LineKind } from './row-line.js';

/** The index of the first line after `index` that is not blank, or the lines' length. */
export function nextLine(kinds: LineKind[], index: number): number {
  let next = index + 1;
  while (next < kinds.length && kinds[next]!.kind === 'blank') next++;
  return next;
}

/** The index of the last line before `index` that is not blank, or -1. */
export function previousLine(kinds: LineKind[], index: number): number {
  let previous = index - 1;
  while (previous >= 0 && kinds[previous]!.kind === 'blank') previous--;
  return previous;
}

/** The index of the last line of one of these kinds (and taken by `also`), or -1. */
export function lastIndex(kinds: LineKind[], wanted: Array<LineKind['kind']>, also: (index: number) => boolean = () => true): number {
  for (let i = kinds.length - 1; i >= 0; i--) if (wanted.includes(kinds[i]!.kind) && also(i)) return i;
  return -1;
}

/**
 * "COSTO" / "ORARIO" / "TOTALE" / "ORE" / "PRODOTTO": a total's label without figures between two
 * lines of a header's words is the header's word ("TOTALE ORE" one word a line, a header printed
 * again on a new page), not a total whose figures are the next row's.
 */
export function withHeaderWordsBetween(kinds: LineKind[]): LineKind[] {
  return kinds.map((kind, i) => {
    if (!((kind.kind === 'total' && kind.numbers.length === 0) || kind.kind === 'unread-total')) return kind;
    const before = kinds[previousLine(kinds, i)];
    const after = kinds[nextLine(kinds, i)];
    return before?.kind === 'header' && after?.kind === 'header' ? { kind: 'header' } : kind;
  });
}
