import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contractFindings } from './contract-oracle.js';
import { SEVERITY } from './gold.js';
import { ALL_SWITCHES, type Gold, INJECTABLE_RULES, type RuleId, generatePlan, generatePlanWithTrace } from './plan.js';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);
const DECIMAL = /^\d+(\.\d+)?$/;

const findingKeys = (findings: readonly { rule: string; project: number | null; row: number | null }[]) =>
  findings.map((f) => `${f.rule} project ${f.project} row ${f.row}`).sort();
const goldKeys = (gold: Gold) => findingKeys(gold.expectedDiscrepancies.map((e) => ({ rule: e.rules.join('|'), project: e.project, row: e.row })));

/** The text of each project, from its heading to the next one. */
function projectSections(text: string): Map<number, string> {
  const heading = /^(?:(?:Progetto|PROGETTO) (?:(?:N°|n°|N\.|n\.) ?)?(\d+)(?=[\s.:–-]|$)|(\d+)[.)] (?:Progetto|PROGETTO)\b)/gm;
  const starts = [...text.matchAll(heading)].map((match) => ({ number: Number(match[1] ?? match[2]), at: match.index ?? 0 }));
  return new Map(starts.map((start, i) => [start.number, text.slice(start.at, starts[i + 1]?.at ?? text.length)]));
}

/** A section without spaces, line ends, euro and percent signs or thousands separators: cells then read in order, glued or not. */
const squeezed = (section: string) => section.replace(/[\s€%.']/g, '');
const italian = (gold: string) => gold.replace('.', ',');

describe('generatePlan', () => {
  it('gives the same plan for the same options and another for another seed', () => {
    expect(generatePlan({ seed: 42 })).toEqual(generatePlan({ seed: 42 }));
    expect(generatePlan({ seed: 42 }).text).not.toBe(generatePlan({ seed: 43 }).text);
  });

  it('writes gold in the shape of the hand-checked gold files', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const { gold } = generatePlan({ seed, document: 'plan-0001.txt' });
      expect(Object.keys(gold)).toEqual(['document', 'year', 'projects', 'expectedDiscrepancies']);
      expect(gold.document).toBe('plan-0001.txt');
      gold.projects.forEach((project, p) => {
        expect(project.number).toBe(p + 1);
        expect(Object.keys(project)).toEqual(['number', 'title', 'declaredAmount', 'printedTotal', 'staff']);
        for (const amount of [project.declaredAmount, project.printedTotal]) if (amount !== null) expect(amount).toMatch(DECIMAL);
        project.staff.forEach((row, r) => {
          expect(Object.keys(row)).toEqual(['row', 'grade', 'hourlyCost', 'hours', 'product', 'percentage', 'result']);
          expect(row.row).toBe(r + 1);
          expect(row.grade).toMatch(/^[A-D][1-7]$/);
          for (const value of [row.hourlyCost, row.hours, row.percentage, row.result]) expect(value).toMatch(DECIMAL);
          if (row.product !== null) expect(row.product).toMatch(DECIMAL);
        });
      });
      for (const finding of gold.expectedDiscrepancies) {
        expect(finding.rules).toHaveLength(1);
        expect(finding.severity).toBe(SEVERITY[finding.rules[0] as RuleId]);
      }
    }
  });

  it('lists exactly the findings the contract rules imply for the printed values', () => {
    for (const seed of SEEDS) {
      const { gold } = generatePlan({ seed });
      expect(goldKeys(gold), `seed ${seed}`).toEqual(findingKeys(contractFindings(gold)));
    }
  });

  it('prints a clean plan when no error is allowed: exact products, results, totals and declared amounts', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      const { gold } = generatePlan({ seed, errors: [] });
      expect(gold.expectedDiscrepancies, `seed ${seed}`).toEqual([]);
      expect(contractFindings(gold), `seed ${seed}`).toEqual([]);
    }
  });

  it.each(INJECTABLE_RULES)('injects %s only where allowed, and somewhere in a few seeds', (rule) => {
    const rules = SEEDS.slice(0, 40).flatMap((seed) => generatePlan({ seed, errors: [rule] }).gold.expectedDiscrepancies.flatMap((e) => e.rules));
    expect(new Set(rules)).toEqual(new Set([rule]));
  });

  it('exercises every value of every layout switch over 200 seeds', () => {
    const seen = new Map<string, Set<unknown>>();
    const see = (layout: Record<string, unknown>) => {
      for (const [name, value] of Object.entries(layout)) seen.set(name, (seen.get(name) ?? new Set()).add(value));
    };
    for (const seed of SEEDS.slice(0, 200)) {
      const { trace } = generatePlanWithTrace({ seed });
      see(trace.plan);
      for (const { project, table } of trace.projects) {
        see(project);
        see(table);
      }
    }
    for (const [name, spec] of Object.entries(ALL_SWITCHES)) {
      const values = spec.map(([value]) => value);
      expect([...(seen.get(name) ?? [])].sort(), name).toEqual([...values].sort());
    }
  });

  it('prints every gold value where it belongs: titles, rows cell by cell, totals and declared amounts', () => {
    for (const seed of SEEDS.slice(0, 150)) {
      const { text, gold } = generatePlan({ seed });
      const sections = projectSections(text);
      expect([...sections.keys()], `seed ${seed}`).toEqual(gold.projects.map((p) => p.number));
      expect(text).toContain(String(gold.year));
      for (const project of gold.projects) {
        const section = sections.get(project.number) ?? '';
        const flat = squeezed(section);
        expect(section.replace(/\s+/g, ' '), `seed ${seed} project ${project.number}`).toContain(project.title);
        let from = 0;
        for (const row of project.staff) {
          const rest = [row.product ?? '', row.percentage, row.result];
          const cells = [row.grade, row.hourlyCost, row.hours, ...rest].map(italian).join('');
          const hoursFirst = [row.grade, row.hours, row.hourlyCost, ...rest].map(italian).join('');
          const at = [flat.indexOf(cells, from), flat.indexOf(hoursFirst, from)].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), Infinity);
          expect(at, `seed ${seed} project ${project.number} row ${row.row}: ${cells}`).toBeLessThan(Infinity);
          from = at + cells.length;
        }
        if (project.printedTotal !== null) expect(flat.indexOf(italian(project.printedTotal), from)).toBeGreaterThanOrEqual(0);
        if (project.declaredAmount !== null) expect(flat).toContain(`di${italian(project.declaredAmount)},quale`);
        ['Prima', 'Seconda', 'Terza', 'Quarta', 'Quinta', 'Sesta', 'Settima'].forEach((ordinal, i) => {
          expect(section).toMatch(new RegExp(`^(?:${ordinal} condizione|Condizione n\\. ${i + 1} –|${i + 1}\\) )`, 'm'));
        });
      }
    }
  });

  it('honours layout switches and counts given by the caller', () => {
    const { text, gold, trace } = generatePlanWithTrace({
      seed: 7,
      projects: 4,
      year: 2019,
      layout: { lineEnding: 'crlf', pageNumbers: 'dash', productColumn: 'absent', totalLine: 'TOTALE' },
    });
    expect(gold.projects).toHaveLength(4);
    expect(gold.year).toBe(2019);
    expect(text.split('\r\n').every((part) => !part.includes('\n'))).toBe(true);
    expect(text).toMatch(/^- 1 -/m);
    expect(gold.projects.every((p) => p.staff.every((row) => row.product === null))).toBe(true);
    expect(trace.projects.every(({ table }) => table.totalLine === 'TOTALE')).toBe(true);
    expect(text.match(/^TOTALE +\d/gm)).toHaveLength(4);
    expect(() => generatePlan({ seed: 7, projects: 0 })).toThrow(RangeError);
  });

  it('puts page noise inside tables when asked', () => {
    const { text } = generatePlan({ seed: 11, projects: 3, layout: { pageNumbers: 'pag', runningHeader: true, pageBreakInTable: true, totalLine: 'Totale' } });
    for (const table of text.split(/^(?:PERSONALE|CATEGORIA|QUALIFICA)\b/m).slice(1)) {
      expect(table.slice(0, table.indexOf('Totale'))).toMatch(/^Pag\. \d+/m);
    }
  });
});

describe('contract oracle (the test-side reading of the rules)', () => {
  const seedGold = fileURLToPath(new URL('../../../shared/gold/seed-2015.gold.json', import.meta.url));

  it.skipIf(!existsSync(seedGold))('reproduces the hand-checked findings of the real 2015 plan', () => {
    const gold = JSON.parse(readFileSync(seedGold, 'utf8')) as Gold;
    const found = findingKeys(contractFindings(gold));
    const wanted = gold.expectedDiscrepancies;
    expect(found).toHaveLength(wanted.length);
    for (const e of wanted) {
      expect(found.some((key) => e.rules.some((rule) => key === `${rule} project ${e.project} row ${e.row}`)), JSON.stringify(e)).toBe(true);
    }
  });
});
