import { Decimal } from 'decimal.js';
import type { DocumentRecord } from '../../src/schema.js';
import type { Gold } from '../generator/plan.js';

const FIELDS = ['hourlyCost', 'hours', 'product', 'percentage', 'result'] as const;

const sameDecimal = (a: string | null | undefined, b: string | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? (a ?? null) === (b ?? null) : new Decimal(a).equals(new Decimal(b));

const fold = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, ' ')
    .replace(/^[\s"':\-–—]+|[\s"':.\-–—]+$/g, '').trim();

/**
 * Every difference between a document read by the pipeline and its gold, in the sense of
 * ../shared/tools/score.mjs: fields, rows, titles, findings expected and false alarms.
 */
export function differences(document: DocumentRecord, gold: Gold): string[] {
  const out: string[] = [];
  if (gold.year !== null && document.year !== gold.year) out.push(`year ${document.year} want ${gold.year}`);
  const byNumber = new Map(document.projects.map((p) => [p.number, p]));
  for (const g of gold.projects) {
    const p = byNumber.get(g.number);
    if (!p) {
      out.push(`project ${g.number}: missing`);
      continue;
    }
    if (fold(p.title) !== fold(g.title)) out.push(`project ${g.number}: title ${JSON.stringify(p.title)} want ${JSON.stringify(g.title)}`);
    if (!sameDecimal(p.declaredAmount, g.declaredAmount)) out.push(`project ${g.number}: declared ${p.declaredAmount} want ${g.declaredAmount}`);
    if (!sameDecimal(p.printedTotal, g.printedTotal)) out.push(`project ${g.number}: total ${p.printedTotal} want ${g.printedTotal}`);
    const ordinals = new Set(p.conditions.filter((c) => c.text.trim() !== '').map((c) => c.ordinal));
    if (ordinals.size !== 7) out.push(`project ${g.number}: conditions with text ${[...ordinals].join(',')}`);
    if (p.staff.length !== g.staff.length) out.push(`project ${g.number}: ${p.staff.length} rows want ${g.staff.length}`);
    g.staff.forEach((gr, i) => {
      const r = p.staff[i];
      if (!r) return;
      const bad = FIELDS.filter((f) => !sameDecimal(r[f], gr[f])).map((f) => `${f}=${r[f]} want ${gr[f]}`);
      // As score.mjs compares grades: without spaces, in upper case ("Dirigente" is DIRIGENTE).
      if (String(r.grade ?? '').replace(/\s+/g, '').toUpperCase() !== gr.grade) bad.unshift(`grade=${r.grade} want ${gr.grade}`);
      if (bad.length > 0) out.push(`project ${g.number} row ${i + 1}: ${bad.join(', ')} (${r.raw})`);
    });
  }
  const extra = document.projects.filter((p) => !gold.projects.some((g) => g.number === p.number));
  if (extra.length > 0) out.push(`extra projects ${extra.map((p) => p.number).join(',')}`);
  const matched = new Set<number>();
  for (const e of gold.expectedDiscrepancies) {
    const rules: readonly string[] = e.rules;
    const hit = document.discrepancies.findIndex(
      (d, i) => !matched.has(i) && rules.includes(d.rule) && d.severity === e.severity && d.project === e.project && d.row === e.row,
    );
    if (hit >= 0) matched.add(hit);
    else out.push(`not found: ${e.rules.join('|')} project ${e.project} row ${e.row}`);
  }
  document.discrepancies.forEach((d, i) => {
    if (!matched.has(i)) out.push(`false alarm: ${d.severity} ${d.rule} project ${d.project} row ${d.row}: ${d.message}`);
  });
  return out;
}
