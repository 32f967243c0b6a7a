import { Decimal } from '../decimal.js';
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
  const length = (value: string) => (max.isZero() ? '0' : barLength(new Decimal(value), max));
  const height = TOP + projects.length * ROW + 6;
  const bars = projects.map((p, i) => {
    const y = TOP + i * ROW;
    const bar = (kind: 'declared' | 'recomputed', value: string | null, dy: number) => {
      const label = `Project ${p.number}: ${kind} ${italianNumber(value)}`;
      if (value === null) return `<text class="missing" x="${LABEL + 4}" y="${y + dy + 9}">no amount declared</text>`;
      const w = length(value);
      return (
        `<rect class="bar ${kind}" data-project="${p.number}" x="${LABEL}" y="${y + dy}" width="${w}" height="11"><title>${escapeHtml(label)}</title></rect>` +
        `<text class="value" x="${new Decimal(w).plus(LABEL + 4).toString()}" y="${y + dy + 9}">${escapeHtml(italianNumber(value))}</text>`
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
 * Note: computed with whole numbers (tenths of the bar), because the configured Decimal divides
 * to a million digits (1 s per bar). That exact rounding is what the division always gave, except
 * on an exact tie (…,x5 tenths), where the million-digit quotient decides: ties keep its formula.
 */
function barLength(value: Decimal, max: Decimal): string {
  if (value.isNegative() || value.isZero()) return '0';
  const scaled = value.times(BARS * 10);
  const tenths = scaled.dividedToIntegerBy(max);
  const twiceRemainder = scaled.minus(tenths.times(max)).times(2);
  const comparison = twiceRemainder.comparedTo(max);
  if (comparison === 0) return value.dividedBy(max).times(BARS).toDecimalPlaces(1).toString();
  return (comparison > 0 ? tenths.plus(1) : tenths).dividedBy(10).toString();
}
