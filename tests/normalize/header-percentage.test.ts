import { describe, expect, it } from 'vitest';
import { readPlan } from '../helpers/plans.js';

const read = (header: string, ...body: string[]) => readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...body, 'Sesta condizione: (b)', 'testo'].join('\n'));
const values = (doc: ReturnType<typeof read>) =>
  doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result]);

describe('a percentage printed once in the header', () => {
  it.each(['PERSONALE   COSTO ORARIO   TOTALE ORE   PRODOTTO   RISULTATO (20%)', 'PERSONALE COSTO ORARIO ORE PRODOTTO QUOTA 20 %'])('is every row\'s percentage under %j', (header) => {
    // 2.036,00 × 20 % = 407,20; 2.536,80 × 20 % = 507,36.
    const doc = read(header, 'D2   20,36   100   2.036,00   407,20', 'C3 18,12 140 2.536,80 507,36', 'Totale 914,56');
    expect(values(doc)).toEqual([
      ['D2', '20.36', '100', '2036.00', '20', '407.20'],
      ['C3', '18.12', '140', '2536.80', '20', '507.36'],
    ]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([{ kind: 'percentage-in-header', detail: 'percentage 20 % printed once in the header (line 3), for every row' }]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('checks each result against it', () => {
    const doc = read('PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO RISULTATO (20%)', 'D2 20,36 100 2.036,00 407,20', 'C3 18,12 140 2.536,80 380,52', 'Totale 787,72');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['result-mismatch', 2]]);
  });

  it('is no shared percentage where the header names a percentage column too', () => {
    const doc = read('PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE (MAX 20%) RISULTATO', 'D2 20,36 100 2.036,00 20 407,20', 'Totale 407,20');
    expect(values(doc)).toEqual([['D2', '20.36', '100', '2036.00', '20', '407.20']]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([]);
  });
});
