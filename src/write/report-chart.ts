import { Decimal } from '../decimal.js';
import { placesOf } from '../normalize/numbers.js';
import type { ProjectRecord } from '../schema.js';
import { escapeHtml, italianNumber } from './html.js';

const LABEL = 110;
const BARS = 460;
const ROW = 30;
const TOP = 28;

/**
 * An inline SVG bar chart of the fund by project: the amount declared in the prose beside the
 * amount recomputed from the staff rows. Empty when the document has no project.
 */
export function fundChart(projects: ProjectRecord[]): string {
  if (projects.length === 0) return '';
  const amounts = projects.flatMap((p) => [p.declaredAmount, p.computedTotal]).filter((v): v is string => v !== null);
  const max = Decimal.max(0, ...amounts);
  const maxText = max.toFixed();
  const length = (value: string) => (max.isZero() ? '0' : barLength(value, max, maxText));
  const height = TOP + projects.length * ROW + 6;
  const bars = projects.map((p, i) => {
    const y = TOP + i * ROW;
    const bar = (kind: 'declared' | 'recomputed', value: string | null, dy: number) => {
      const label = `Project ${p.number}: ${kind} ${italianNumber(value)}`;
      if (value === null) return `<text class="missing" x="${LABEL + 4}" y="${y + dy + 9}">no amount declared</text>`;
      const w = length(value);
      return (
        `<rect class="bar ${kind}" data-project="${p.number}" x="${LABEL}" y="${y + dy}" width="${w}" height="11"><title>${escapeHtml(label)}</title></rect>` +
        `<text class="value" x="${tenthsText(tenthsOf(w) + BigInt((LABEL + 4) * 10))}" y="${y + dy + 9}">${escapeHtml(italianNumber(value))}</text>`
      );
    };
    return `<g class="project-bars"><text class="label" x="${LABEL - 6}" y="${y + 16}" text-anchor="end">Project ${p.number}</text>${bar('declared', p.declaredAmount, 2)}${bar('recomputed', p.computedTotal, 15)}</g>`;
  });
  const legend =
    `<rect class="bar declared" x="${LABEL}" y="6" width="12" height="11"/><text x="${LABEL + 16}" y="15">declared in the prose</text>` +
    `<rect class="bar recomputed" x="${LABEL + 170}" y="6" width="12" height="11"/><text x="${LABEL + 186}" y="15">recomputed: sum of the staff rows' results</text>`;
  return (
    `<svg class="fund-chart" xmlns="http://www.w3.org/2000/svg" role="img" width="${LABEL + BARS + 110}" height="${height}" viewBox="0 0 ${LABEL + BARS + 110} ${height}">` +
    `<title>Fund by project: declared and recomputed (€)</title>${legend}${bars.join('')}</svg>`
  );
}

/**
 * value / max × BARS to one decimal, half up, and never below 0: "230", "12.3", "0".
 *
 * Note: computed with whole numbers (tenths of the bar, amounts in units of their last decimal),
 * because the configured Decimal divides to a million digits (1 s per bar). That exact rounding
 * is what the division always gave, except on an exact tie (…,x5 tenths), where the million-digit
 * quotient decides: ties keep its formula.
 */
function barLength(value: string, max: Decimal, maxText: string): string {
  const places = Math.max(placesOf(value), placesOf(maxText));
  const units = unitsOf(value, places);
  if (units <= 0n) return '0';
  const whole = unitsOf(maxText, places);
  const scaled = units * BigInt(BARS * 10);
  const tenths = scaled / whole;
  const twiceRemainder = (scaled - tenths * whole) * 2n;
  if (twiceRemainder === whole) return new Decimal(value).dividedBy(max).times(BARS).toDecimalPlaces(1).toString();
  return tenthsText(twiceRemainder > whole ? tenths + 1n : tenths);
}

/** A canonical amount text in units of its `places`-th decimal: "2496.2" at 2 places → 249620n. */
function unitsOf(text: string, places: number): bigint {
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole + fraction.padEnd(places, '0'));
}

/** "12.3" → 123n: a length with at most one decimal, in tenths. */
function tenthsOf(length: string): bigint {
  const [whole = '0', tenth = '0'] = length.split('.');
  return BigInt(whole) * 10n + BigInt(tenth);
}

/** 123n → "12.3", 2300n → "230": tenths written as a length. */
function tenthsText(tenths: bigint): string {
  const tenth = tenths % 10n;
  return `${tenths / 10n}${tenth === 0n ? '' : `.${tenth}`}`;
}
