import { blanked, cellStacks, withWordsBlanked } from './header-stacks.js';

/**
 * "COSTO ORARIO  ORE ANNUE  % IMPEGNO  ORE PROGETTO": columns between the hourly cost and the
 * hours of what the project's hours are worked out from (the person's hours in the year, the
 * share of them given to the project). None is a staff row's value: their figures stand between
 * the cost's and the hours'.
 */
export interface HoursBasisColumns {
  /** Their headings, left to right, as printed. */
  headings: string[];
  /** The header's lines without their words: what names the staff row's columns. */
  rest: string[];
}

/**
 * The hours' basis columns of a header: every heading right after the hourly cost's (found by
 * `cost`) up to the hours', one of them. Null where there is none, or where the heading after
 * them is not the hours'. A header whose cells its spacing shows is read by where its words
 * stand; a typed one, by its first line.
 */
export function hoursBasisColumns(lines: string[], cost: RegExp): HoursBasisColumns | null {
  if (!lines.some((line) => BASIS_HINT.test(line))) return null;
  const stacks = cellStacks(lines);
  return stacks ? spacedBasisColumns(lines, stacks, cost) : typedBasisColumns(lines, cost);
}

function typedBasisColumns(lines: string[], cost: RegExp): HoursBasisColumns | null {
  const first = lines[0]!;
  const lower = first.toLowerCase();
  const costed = cost.exec(lower);
  if (!costed) return null;
  const afterCost = COST_REST.exec(lower.slice(costed.index + costed[0].length))!;
  const from = costed.index + costed[0].length + afterCost[0].length;
  const run = BASIS_RUN.exec(lower.slice(from));
  if (!run || !HOURS_NEXT.test(lower.slice(from + run[0].length))) return null;
  const headings = [...run[0].matchAll(BASES)].map((basis) => first.slice(from + basis.index, from + basis.index + basis[0].length));
  const to = from + run[0].length;
  return { headings, rest: [blanked(first, from, to), ...lines.slice(1)] };
}

function spacedBasisColumns(lines: string[], stacks: Array<{ start: number; text: string }>, cost: RegExp): HoursBasisColumns | null {
  const costed = stacks.findIndex((stack) => cost.test(stack.text.toLowerCase()));
  if (costed < 0) return null;
  let hours = costed + 1;
  while (hours < stacks.length && onlyBases(stacks[hours]!.text.toLowerCase())) hours++;
  if (hours === costed + 1 || hours >= stacks.length || !HOURS_NEXT.test(stacks[hours]!.text.toLowerCase())) return null;
  const from = stacks[costed + 1]!.start;
  const to = stacks[hours]!.start;
  return { headings: stacks.slice(costed + 1, hours).map((stack) => stack.text), rest: withWordsBlanked(lines, from, to) };
}

/** A text of basis columns' headings alone, in lower case; at least one. */
function onlyBases(lower: string): boolean {
  return BASIS.test(lower) && !/[\p{L}\d%]/u.test(lower.replace(BASES, ' '));
}

const BASIS_HINT = /annu|impegno|dedicat|partecipazione|utilizzo|lavorabil|contrattual|teoric/i;

/**
 * "ORE ANNUE", "Ore annuali lavorabili", "Monte ore annuo", "ORE CONTRATTUALI", "% IMPEGNO", "% di
 * tempo dedicato", "Impegno %", "% partecipazione": a heading of the hours' basis.
 */
const BASIS_SOURCE = String.raw`(?<![\p{L}\d])(?:(?:monte\s+)?ore\s+(?:annue|annuali|annuo|lavorabili|lavorative|contrattuali|teoriche)(?:\s+(?:lavorabili|lavorative|annue|annuali))?|monte\s+ore(?:\s+annu[oe])?|%\s*(?:di\s+)?(?:impegno|tempo(?:\s+dedicato)?|dedicat[ao]|partecipazione|utilizzo)|(?:impegno|partecipazione)\s*%)(?![\p{L}\d])`;
const BASIS = new RegExp(BASIS_SOURCE, 'u');
const BASES = new RegExp(BASIS_SOURCE, 'gu');
/** Headings of the hours' basis one after another, from the start of a text, and the space after them. */
const BASIS_RUN = new RegExp(String.raw`^\s*(?:${BASIS_SOURCE}\s*)+`, 'u');
/** The rest of the cost's heading after the word `cost` finds: "costo orario", "costo orario (€)". */
const COST_REST = /^(?:\s+orari[oa]|\s+unitario|\s*\/\s*(?:h|ora)\b)?(?:\s*\(?€\)?)?/;
/** The hours' heading after the basis: "ORE PROGETTO", "Ore dedicate", "ORE". */
const HOURS_NEXT = /^\s*(?:n\.?\s*)?ore\b/;
