import type { Random } from './random.js';
import { COLUMN_LABELS } from './vocabulary.js';

/** The values a layout switch may take, each with its weight when drawn at random. */
type ChoiceSpec = readonly (readonly [unknown, number])[];
type ChoiceValue<S extends ChoiceSpec> = S[number][0];
type LayoutOf<T extends Record<string, ChoiceSpec>> = { -readonly [K in keyof T]: ChoiceValue<T[K]> };

const uniform = <const T extends readonly unknown[]>(values: T): readonly (readonly [T[number], number])[] =>
  values.map((value) => [value, 1] as const);

/** Switches that hold for a whole plan. */
export const PLAN_SWITCHES = {
  lineEnding: [['lf', 3], ['crlf', 1]],
  pageNumbers: [['none', 2], ['pag', 1], ['dash', 1]],
  runningHeader: [[false, 2], [true, 1]],
  trailingSpaces: [[false, 1], [true, 2]],
  /** A list of the projects' headings after the plan's title, before the projects. */
  projectList: [[false, 4], [true, 1]],
} as const satisfies Record<string, ChoiceSpec>;

/**
 * Heading templates of a project: `{n}` is its number, `{title}` its title (continued on further
 * lines when the title spans several); `|` ends the heading's line, the title starting on the next.
 */
export const HEADING_FORMS = [
  'Progetto N°{n} - {title}',
  'Progetto N° {n} –  {title}',
  'PROGETTO N° {n}: {title}',
  'PROGETTO n° {n}: {title}',
  'PROGETTO N. {n}: {title}',
  'Progetto n°{n}: “{title}”',
  'Progetto n. {n} – {title}',
  'PROGETTO {n}. {title}',
  'Progetto {n}|{title}',
  '{n}) Progetto: {title}',
  '{n}. PROGETTO – {title}',
] as const;

/**
 * Heading forms never drawn, printed only where the caller fixes `heading` for the whole plan: a
 * number and a title without the word Progetto ("1) Potenziamento dello sportello").
 */
export const NUMBERED_HEADING_FORMS = ['{n}) {title}', '{n}. {title}', '{n} - {title}'] as const;

/** Any heading template: one drawn, or one only a caller fixes. */
export type HeadingForm = (typeof HEADING_FORMS)[number] | (typeof NUMBERED_HEADING_FORMS)[number];

/** Switches drawn for each project (its heading, conditions and prose). */
export const PROJECT_SWITCHES = {
  heading: uniform(HEADING_FORMS),
  titleLines: [[1, 5], [2, 3], [3, 2]],
  titleBlankLines: [[false, 3], [true, 1]],
  titleCase: [['as-written', 3], ['upper', 2]],
  /** "Prima condizione (…)", "… condizione …", "… condizione"; "Condizione n. 1 – …"; "1) Miglioramento …". */
  conditionHeading: [['parenthesised', 5], ['plain', 3], ['none', 1], ['numbered', 1], ['listed', 1]],
  conditionColon: [[true, 3], [false, 1]],
  conditionHeadingWrap: [[false, 2], [true, 1]],
  declaredSentence: [['present', 4], ['absent', 1]],
  declaredAmountForm: [['spaced', 3], ['glued', 1], ['double-spaced', 1], ['next-line', 2]],
  repeatedCondition: [[false, 4], [true, 1]],
  distractorAmount: [[false, 3], [true, 1]],
} as const satisfies Record<string, ChoiceSpec>;

/** Switches drawn for each staff table. */
export const TABLE_SWITCHES = {
  headerLines: [[1, 3], [2, 3], [3, 2], [4, 1], [5, 1]],
  headerBlankLines: [[false, 1], [true, 1]],
  personnelLabel: uniform(COLUMN_LABELS.personnel),
  costLabel: uniform(COLUMN_LABELS.cost),
  hoursLabel: uniform(COLUMN_LABELS.hours),
  productLabel: uniform(COLUMN_LABELS.product),
  percentageLabel: uniform(COLUMN_LABELS.percentage),
  resultLabel: uniform(COLUMN_LABELS.result),
  productColumn: [['present', 8], ['absent', 1], ['empty-cells', 1]],
  costDecimals: [['two', 3], ['trimmed', 1], ['mixed', 1]],
  productDecimals: [['two', 2], ['trimmed', 2], ['mixed', 1]],
  resultDecimals: [['trimmed', 3], ['two', 1]],
  thousands: [['none', 3], ['all', 2], ['mixed', 1]],
  percentSign: [['none', 4], ['%', 1], [' %', 1]],
  euroInCells: [[false, 5], [true, 1]],
  spacedGrades: [[false, 4], [true, 1]],
  brokenRows: [[false, 3], [true, 1]],
  gluedCells: [[false, 4], [true, 1]],
  rowSpacing: [['blank', 3], ['tight', 2], ['mixed', 1]],
  cellSpacing: [['single', 2], ['mixed', 1]],
  totalLine: [['Totale', 6], ['TOTALE', 1], ['Totale €', 1], ['unlabelled', 2], ['label-then-number', 1], ['absent', 1]],
  pageBreakInTable: [[false, 2], [true, 1]],
  /** What sets thousands apart where they are: a dot or an apostrophe. */
  thousandsSeparator: [['.', 6], ["'", 1]],
  /** Where the euro sign stands in cells that have one: "€ 12,50" or "12,50€". */
  euroPosition: [['before', 3], ['after', 1]],
  /** The columns' order under a header on one line: cost then hours, or hours first. */
  columnOrder: [['usual', 5], ['hours-first', 1]],
} as const satisfies Record<string, ChoiceSpec>;

/** How a whole plan is laid out. */
export type PlanLayout = LayoutOf<typeof PLAN_SWITCHES>;
/** How one project's heading, conditions and prose are laid out (a heading of any form, drawn or fixed). */
export type ProjectLayout = Omit<LayoutOf<typeof PROJECT_SWITCHES>, 'heading'> & { heading: HeadingForm };
/** How one staff table is laid out. */
export type TableLayout = LayoutOf<typeof TABLE_SWITCHES>;
/** Any switch, fixed by the caller for every project and table (a flat record). */
export type LayoutOptions = Partial<PlanLayout & ProjectLayout & TableLayout>;

/** Every switch with every value it can take (for tests that want each one exercised). */
export const ALL_SWITCHES = { ...PLAN_SWITCHES, ...PROJECT_SWITCHES, ...TABLE_SWITCHES };

/**
 * Draws every switch of `specs` at random, then keeps the caller's value where one is given. The
 * draw happens either way, so fixing one switch does not reshuffle the rest of the plan.
 */
export function drawLayout<T extends Record<string, ChoiceSpec>>(random: Random, specs: T, given: LayoutOptions): LayoutOf<T> {
  const layout: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const drawn = random.weighted(spec);
    const fixed = (given as Record<string, unknown>)[name];
    layout[name] = fixed === undefined ? drawn : fixed;
  }
  return layout as LayoutOf<T>;
}
