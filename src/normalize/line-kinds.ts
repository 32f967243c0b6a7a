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
