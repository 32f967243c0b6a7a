import { blanked, cellStacks, withWordsBlanked } from './header-stacks.js';

/**
 * "CAT.  ORE SETT.  COSTO ORARIO …", "PERSONALE % PART-TIME COSTO ORARIO …", "CAT. RETRIBUZIONE
 * ANNUA LORDA COSTO ORARIO …": columns between the grade and the hourly cost of what the person
 * works or earns in the year (weekly hours, a part-time share, months, a salary). None is a staff
 * row's value: its figures go before the cost's.
 */
export interface LeadColumns {
  /** Their headings, left to right, as printed. */
  headings: string[];
  /** The header's lines without the lead columns' words: what names the staff row's columns. */
  rest: string[];
}

/**
 * The lead columns of a header: every heading between the grade's (found by `grade`) and the
 * hourly cost's (`cost`) one of them. Null where there is none, or a heading there is of a column
 * we do not know. A header whose cells its spacing shows is read by where its words stand, its
 * headings stacked over lines ("ORE" over "SETT."); a typed one, by its first line.
 */
export function leadColumns(lines: string[], grade: RegExp, cost: RegExp): LeadColumns | null {
  if (!lines.some((line) => LEAD_HINT.test(line))) return null;
  const stacks = cellStacks(lines);
  return stacks ? spacedLeadColumns(lines, stacks, grade, cost) : typedLeadColumns(lines, grade, cost);
}

/**
 * The first line's headings between the grade's and the cost's; one heading's start there ("ORE")
 * with its rest on a line below ("SETT."), the words of a cell wrapped in a header typed or
 * tabbed, whose lines say nothing of where their words stand.
 */
function typedLeadColumns(lines: string[], grade: RegExp, cost: RegExp): LeadColumns | null {
  const first = lines[0]!;
  const lower = first.toLowerCase();
  const graded = grade.exec(lower);
  if (!graded) return null;
  const from = graded.index + graded[0].length;
  const costed = new RegExp(cost.source, 'g');
  costed.lastIndex = from;
  const to = costed.exec(lower)?.index;
  if (to === undefined) return null;
  const between = lower.slice(from, to);
  const firstRest = blanked(first, from, to);
  if (onlyLeads(between)) {
    const headings = [...between.matchAll(LEADS)].map((lead) => first.slice(from + lead.index, from + lead.index + lead[0].length));
    return { headings, rest: [firstRest, ...lines.slice(1)] };
  }
  const start = LEAD_START.exec(first.slice(from, to));
  const below = lines.findIndex((line, k) => k > 0 && LEAD_REST.test(line));
  if (!start || below < 0) return null;
  const restOfIt = LEAD_REST.exec(lines[below]!)!;
  const heading = `${start[1]} ${restOfIt[0]}`;
  if (!onlyLeads(heading.toLowerCase())) return null;
  const rest = lines.map((line, k) => (k === 0 ? firstRest : k === below ? blanked(line, restOfIt.index, restOfIt.index + restOfIt[0].length) : line));
  return { headings: [heading], rest };
}

function spacedLeadColumns(lines: string[], stacks: Array<{ start: number; text: string }>, grade: RegExp, cost: RegExp): LeadColumns | null {
  const graded = stacks.findIndex((stack) => grade.test(stack.text.toLowerCase()));
  const costed = stacks.findIndex((stack, k) => k > graded && cost.test(stack.text.toLowerCase()));
  if (graded < 0 || costed < graded + 2) return null;
  const leads = stacks.slice(graded + 1, costed);
  if (!leads.every((stack) => onlyLeads(stack.text.toLowerCase()))) return null;
  const from = leads[0]!.start;
  const to = stacks[costed]!.start;
  const rest = withWordsBlanked(lines, from, to);
  return { headings: leads.map((stack) => stack.text), rest };
}

/** A text of lead columns' headings alone, in lower case; at least one. */
function onlyLeads(lower: string): boolean {
  return LEAD.test(lower) && !/[\p{L}\d%]/u.test(lower.replace(LEADS, ' '));
}

/** "ORE" over "SETT.", "TEMPO" over "PARZIALE", "%" over "PART-TIME": a lead's heading wrapped in its cell, its start and its rest. */
const LEAD_START = /^[\s.:]*(ore|orario|tempo|%)\s*$/i;
const LEAD_REST = /(?<![\p{L}\d])(?:sett(?:imanal[ei]|\.)?|settimanale|parziale|part[\s-]?time)(?![\p{L}\d])/iu;

const LEAD_HINT = /sett|part|parziale|mesi|retribuz|stip|\bn\.?\s*d\.?\s?s\b/i;

/**
 * "ORE SETT.", "Orario settimanale", "% PART-TIME", "Tempo parziale %", "% di impiego", "MESI",
 * "Mesi di servizio", "Diff. stip.", "N. DS" (how many pay steps the person has had), "RETRIBUZIONE ANNUA
 * LORDA", "Stipendio tabellare (€)": a lead column's heading.
 */
const LEAD_SOURCE = String.raw`(?<![\p{L}\d])(?:(?:ore|orario)\s+sett(?:imanal[ei]|\.)?|(?:%\s*(?:di\s+)?)?part[\s-]?time(?:\s*%)?|%\s*(?:di\s+)?(?:impiego|servizio)|tempo\s+parziale(?:\s*%)?|mesi(?:\s+(?:di\s+)?(?:servizio|lavorati|lavoro))?|(?:n\.?\s*)?diff(?:\.|erenziali)?\s+stip(?:\.|endiali)?|n\.?\s*(?:ds|d\.\s?s\.)|(?:retribuzione|stipendio)(?:\s+(?:annua|annuo|tabellare|base|lorda|lordo|fondamentale))*)(?![\p{L}\d])`;
const LEAD = new RegExp(LEAD_SOURCE, 'u');
const LEADS = new RegExp(LEAD_SOURCE, 'gu');
