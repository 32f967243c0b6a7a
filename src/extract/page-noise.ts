import { isSectionMarker, readConditionHeading, readProjectHeading } from './headings.js';
import type { PageLayout, PlacedLine } from './layout.js';
import { isHeaderPiece } from './table-header.js';
import { collapseSpace, endsOnOpenWord } from './text.js';

/** Why a line was taken out of the text. */
export type NoiseReason = 'running-header' | 'running-footer' | 'page-number' | 'repeated-table-header';

/** A line taken out of the text as page furniture, so that the caller can account for it. */
export interface NoiseLine {
  page: number;
  text: string;
  reason: NoiseReason;
}

/** Share of the page height, at the top and at the foot, where headers, footers and page numbers sit. */
const EDGE_ZONE = 0.15;
/** Outermost lines of each edge looked at (a header and a rule line, a footer and a number). */
const EDGE_LINES = 2;
/** Lines within this many font sizes of each other, vertically, are "at the same place". */
const SAME_PLACE = 0.6;
/** Share of the pages a line must repeat on to be a running header or footer. */
const RUNNING_SHARE = 0.5;
/** A grade code ("C3", "D 1", "B.2") among a line's words. */
const GRADE = /(?:^|\s)[A-D](?:\s|\.\s?)?[1-9](?=\s|$)/;
/** An amount with a decimal comma: "17,10", "1.710,00". */
const DECIMAL_AMOUNT = /\d,\d/g;
/** "3", "- 3 -", "3/36", "pag. 3", "Pagina 3 di 36". */
const PAGE_NUMBER = /^(?:pag(?:ina|\.)?\s*)?[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:di|of|\/)\s*\d{1,4})?$/i;

interface Candidate {
  line: PlacedLine;
  page: number;
  edge: 'top' | 'bottom';
  /** Outermost line of its edge. */
  outermost: boolean;
}

/** Layers of furniture peeled off each edge at most: a letterhead of a few lines, a rule, a footer over lines. */
const MAX_FURNITURE_LAYERS = 3;
/** A line under an edge's outer furniture is furniture too only this many of its font sizes from it… */
const NEXT_TO_FURNITURE = 2;
/** …and printed smaller than the page's text, by this share of it at least. */
const SMALLER_PRINT = 0.05;

/**
 * Finds page furniture: lines repeated at about the same place near the top or the foot of at least
 * half of the pages (the same but for a number that follows the page, as in "Pagina 3 di 36"), and
 * page numbers alone at the top or foot of a page, where the printed number follows the page's own.
 * Furniture of more lines than an edge's outermost two (a logo's text wrapped beside a letterhead:
 * "Stemma del" / "Comune di" / "Castiglione del Lago Area Risorse Umane …") is peeled off a layer
 * at a time: once the outer lines are found, the lines under them are an edge's outermost, when
 * they stand next to them in print smaller than the page's text (a plan's own lines, templated
 * alike on every page, are in the text's print).
 */
export function findPageNoise(pages: PageLayout[]): Map<PlacedLine, NoiseReason> {
  const noise = new Map<PlacedLine, NoiseReason>();
  /** The running lines found, by edge and text, with their print: a page laid out apart prints them a little off the others' place. */
  const running = new Map<string, { reason: NoiseReason; size: number }>();
  for (let layer = 0; layer < MAX_FURNITURE_LAYERS; layer++) {
    const remaining = layer === 0 ? pages : pages.map((page) => ({ ...page, lines: page.lines.filter((line) => !noise.has(line)) }));
    const found = findOuterNoise(remaining, running, layer === 0 ? () => true : (page, line) => underFurniture(page, line, noise));
    if (found.size === 0) break;
    for (const [line, reason] of found) {
      noise.set(line, reason);
      if (reason !== 'page-number') running.set(edgeKey(reason === 'running-header' ? 'top' : 'bottom', line.text), { reason, size: line.size });
    }
  }
  return noise;
}

/** A line that may be a deeper layer of its page's furniture: next to a line of it found before, printed smaller than the page's text. */
function underFurniture(page: PageLayout, line: PlacedLine, noise: Map<PlacedLine, NoiseReason>): boolean {
  const nextTo = [...noise.keys()].some((other) => other.page === line.page && Math.abs(other.y - line.y) <= NEXT_TO_FURNITURE * line.size);
  return nextTo && line.size < (1 - SMALLER_PRINT) * textSize(page);
}

/** The usual font size of a page's lines (their median). */
function textSize(page: PageLayout): number {
  const sizes = page.lines.map((line) => line.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** A line's edge and what stays the same in it from page to page. */
const edgeKey = (edge: Candidate['edge'], text: string): string => `${edge}\u0000${repeatKey(text)}`;

/**
 * The furniture among the outermost lines of the pages' edges: see {@link findPageNoise}. `running`:
 * the running lines of the layers above, which an outermost line printing one again in their print
 * is too; `may`: whether a page's line may be furniture of this layer.
 */
function findOuterNoise(
  pages: PageLayout[],
  running: Map<string, { reason: NoiseReason; size: number }>,
  may: (page: PageLayout, line: PlacedLine) => boolean,
): Map<PlacedLine, NoiseReason> {
  const noise = new Map<PlacedLine, NoiseReason>();
  const candidates = pages.flatMap((page) => edgeCandidates(page).filter((c) => may(page, c.line)));
  const groups = [...groupBy(candidates, (c) => edgeKey(c.edge, c.line.text)).values()];
  const inBody = bodyCounts(pages, candidates, groups);
  for (const group of groups) {
    if (isRepeatedProse(group, inBody)) continue;
    const running = samePlaceClusters(group).filter(
      (cluster) => new Set(cluster.map((c) => c.page)).size >= Math.max(2, Math.ceil(RUNNING_SHARE * pages.length)) && followsPages(cluster) && !opensProjects(cluster),
    );
    // A page laid out apart (often the first) prints the same line elsewhere: taken out when outermost.
    const apart = group.filter((c) => c.outermost && !running.some((cluster) => cluster.includes(c)));
    const members = running.flatMap((cluster) => [...cluster, ...apart.filter((c) => followsPages([...cluster, c]))]);
    for (const { line, edge } of members) {
      noise.set(line, PAGE_NUMBER.test(line.text) ? 'page-number' : edge === 'top' ? 'running-header' : 'running-footer');
    }
  }
  for (const candidate of candidates) {
    const found = candidate.outermost && !noise.has(candidate.line) ? running.get(edgeKey(candidate.edge, candidate.line.text)) : undefined;
    if (found && Math.abs(found.size - candidate.line.size) <= SMALLER_PRINT * found.size) noise.set(candidate.line, found.reason);
  }
  for (const line of pageNumbers(candidates.filter((c) => c.outermost && !noise.has(c.line)))) noise.set(line, 'page-number');
  return noise;
}

/**
 * The lines near a page's top and foot. A staff table's header is never furniture, even where
 * tables start at the top of page after page: whether it repeats a table's is the layout's call.
 * Nor is a line that is plainly the plan's content (see {@link isPlainContent}), nor what follows
 * it at the top (the rest of a heading) or precedes it at the foot: furniture stands outside the content.
 */
function edgeCandidates(page: PageLayout): Candidate[] {
  const outer = page.lines.slice(0, EDGE_LINES);
  const width = textWidth(page.lines);
  const firstContent = outer.findIndex((line, i) => isPlainContent(line.text) || runsOn(line, page.lines[i + 1], width) || headsProject(line, page.lines[i + 1]));
  const top = (firstContent < 0 ? outer : outer.slice(0, firstContent)).filter((line) => line.y <= EDGE_ZONE * page.height && !isHeaderPiece(collapseSpace(line.text)));
  const inner = page.lines.slice(-EDGE_LINES);
  let lastContent = inner.length - 1;
  while (lastContent >= 0 && !isPlainContent(inner[lastContent]!.text)) lastContent--;
  const bottom = inner.slice(lastContent + 1).filter((line) => line.y >= (1 - EDGE_ZONE) * page.height);
  return [
    ...top.map((line, i): Candidate => ({ line, page: page.page, edge: 'top', outermost: i === 0 })),
    ...bottom
      .filter((line) => !top.includes(line))
      .map((line, i, all): Candidate => ({ line, page: page.page, edge: 'bottom', outermost: i === all.length - 1 })),
  ];
}

/** A line this wide a share of the page's text runs from margin to margin: wrapped prose. */
const FULL_LINE = 0.8;

/**
 * A sentence that goes on into the next line, prose that opens a page, which no running header
 * is, even where the plan repeats it: the next line starts in lower case, and this one ends on a
 * word no sentence ends on ("… a consuntivo degli") or fills the line ("… nell’ambito degli importi").
 */
function runsOn(line: PlacedLine, next: PlacedLine | undefined, width: number): boolean {
  if (next === undefined || !/^\s*\p{Ll}/u.test(next.text)) return false;
  return endsOnOpenWord(line.text) || line.x1 - line.x0 >= FULL_LINE * width;
}

/**
 * The word of a project's heading whose number and title stand on the next line, as a badge
 * prints them ("PROGETTO" over "2 Revisione dei regolamenti comunali"), atop the page each project
 * opens: together they read as a heading, which no running header is.
 */
function headsProject(line: PlacedLine, next: PlacedLine | undefined): boolean {
  if (next === undefined || readProjectHeading({ text: line.text, line: 0, page: line.page }, 0, collapseSpace(line.text)) !== null) return false;
  const joined = `${line.text} ${next.text}`;
  return readProjectHeading({ text: joined, line: 0, page: line.page }, 0, collapseSpace(joined)) !== null;
}

/** How wide a page's text is, from its leftmost line's start to its rightmost line's end. */
function textWidth(lines: PlacedLine[]): number {
  let left = Infinity;
  let right = -Infinity;
  for (const line of lines) {
    left = Math.min(left, line.x0);
    right = Math.max(right, line.x1);
  }
  return right - left;
}

/**
 * A staff row (a grade code and amounts with decimal commas), a condition heading, a section's
 * opening: a plan repeats these word for word at the tops of pages (the same row where a table
 * continues, the same condition in project after project), and no running header looks like them.
 */
function isPlainContent(text: string): boolean {
  const collapsed = collapseSpace(text);
  return isStaffRow(collapsed) || readConditionHeading(collapsed) !== null || isSectionMarker(collapsed);
}

function isStaffRow(text: string): boolean {
  return GRADE.test(text) && (text.match(DECIMAL_AMOUNT)?.length ?? 0) >= 2;
}

/**
 * How often the texts of the edge lines that repeat stand in the body of the pages, away from
 * their edges; counted only for those texts, and only when some repeat.
 */
function bodyCounts(pages: PageLayout[], candidates: Candidate[], groups: Candidate[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) if (group.length >= 2) for (const { line } of group) counts.set(line.text, 0);
  if (counts.size === 0) return counts;
  const atEdge = new Set(candidates.map((c) => c.line));
  for (const page of pages) {
    for (const line of page.lines) {
      const count = atEdge.has(line) ? undefined : counts.get(line.text);
      if (count !== undefined) counts.set(line.text, count + 1);
    }
  }
  return counts;
}

/**
 * True for words (not a page number) the plan prints more often in the body of its pages than at
 * their edges: a sentence repeated under each condition that happens to end or open a page.
 * Furniture stands mostly at the edges (a cover page may print the authority's name once more).
 */
function isRepeatedProse(group: Candidate[], inBody: Map<string, number>): boolean {
  if (group.some((c) => PAGE_NUMBER.test(c.line.text))) return false;
  const texts = new Set(group.map((c) => c.line.text));
  let body = 0;
  for (const text of texts) body += inBody.get(text) ?? 0;
  return body > group.length;
}

/** What stays the same in a running line from page to page: its letters, and where it has numbers. */
function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/[^a-zß-öø-ÿ#]/g, '');
}

/**
 * True when the lines are the same but for numbers that follow the page number (at a fixed
 * offset), like "Pagina 3 di 36": rows of a table at the tops of pages share a shape, not this.
 */
function followsPages(candidates: Candidate[]): boolean {
  const numbers = candidates.map((c) => (c.line.text.match(/\d+/g) ?? []).map(Number));
  const [first = []] = numbers;
  return first.every((value, k) => {
    const offset = value - (candidates[0]?.page ?? 0);
    return numbers.every((n) => n[k] === value) || candidates.every((c, i) => numbers[i]?.[k] === c.page + offset);
  });
}

/**
 * "PROGETTO N. 2" atop page 2, "PROGETTO N. 3" atop page 3: one project a page, each heading
 * opening its page, which a running header's number following the page's would look like; a
 * header names one project on every page of it.
 */
function opensProjects(cluster: Candidate[]): boolean {
  const numbers = new Set<number>();
  for (const { line, page } of cluster) {
    const heading = readProjectHeading({ text: line.text, line: 0, page }, 0, collapseSpace(line.text));
    if (heading === null || numbers.has(heading.number)) return false;
    numbers.add(heading.number);
  }
  return true;
}

/** Splits candidates into runs whose baselines lie within {@link SAME_PLACE} font sizes of each other. */
function samePlaceClusters(group: Candidate[]): Candidate[][] {
  const sorted = [...group].sort((a, b) => a.line.y - b.line.y);
  const clusters: Candidate[][] = [];
  for (const candidate of sorted) {
    const cluster = clusters.at(-1);
    const first = cluster?.[0];
    if (cluster && first && candidate.line.y - first.line.y <= SAME_PLACE * candidate.line.size) cluster.push(candidate);
    else clusters.push([candidate]);
  }
  return clusters;
}

/** Lone numbers at a page edge whose difference from the page number is the one most of them share. */
function pageNumbers(candidates: Candidate[]): PlacedLine[] {
  const numbered = candidates.flatMap((c) => {
    const match = PAGE_NUMBER.exec(c.line.text);
    return match ? [{ line: c.line, offset: Number(match[1]) - c.page }] : [];
  });
  const votes = groupBy(numbered, (n) => String(n.offset));
  let best: { offset: number; count: number } | null = null;
  for (const [key, members] of votes) {
    const offset = Number(key);
    if (!best || members.length > best.count || (members.length === best.count && Math.abs(offset) < Math.abs(best.offset))) {
      best = { offset, count: members.length };
    }
  }
  if (!best || (best.count < 2 && best.offset !== 0)) return [];
  const { offset } = best;
  return numbered.filter((n) => n.offset === offset).map((n) => n.line);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
