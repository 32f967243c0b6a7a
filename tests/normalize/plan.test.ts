import { describe, expect, it } from 'vitest';
import { readPlan, STAFF_HEADER as HEADER } from '../helpers/plans.js';

/** Two projects, the first declaring its amount, the second only its table; `closing` after the second's conditions. */
const plan = (closing: string) =>
  readPlan(
    [
      'Progetto N° 1 - Sportello',
      'Quinta condizione',
      'Si intende alimentare il Fondo Salario Accessorio di € 894,10.',
      HEADER,
      'D1 18,05 100 1.805,00 20 361,00',
      'C3 17,77 150 2.665,50 20 533,10',
      'Totale 894,10',
      'Sesta condizione: (b)',
      'testo',
      'Progetto N° 2 - Archivio',
      'Quinta condizione',
      'Le risorse sono quantificate nella tabella seguente:',
      HEADER,
      'C3 17,10 120 2.052,00 20 410,40',
      'B3 15,40 200 3.080,00 20 616,00',
      'D1 18,05 60 1.083,00 20 216,60',
      'Totale 1.243,00',
      'Settima condizione: (c)',
      'testo',
      '',
      closing,
    ].join('\n'),
  );

describe("the plan's total after the last project", () => {
  it.each([
    'Complessivamente i progetti comportano un incremento del fondo risorse decentrate di € 2.137,10.',
    "L'importo complessivo da destinare al Fondo per i progetti sopra descritti ammonta a € 2.137,10.",
    'Totale risorse destinate al fondo per tutti i progetti: € 2.137,10',
    'Importo complessivamente liquidabile per l’anno 2016: € 2.137,10, a valere sulla parte variabile del fondo.',
  ])('is none of the last project\'s amounts: "%s"', (closing) => {
    const doc = plan(closing);
    expect(doc.projects.map((p) => p.declaredAmount)).toEqual(['894.10', null]);
    expect(doc.discrepancies).toEqual([]);
  });

  it('is the project\'s amount where it is not the projects\' sum, or names no projects', () => {
    const wrong = plan('Complessivamente i progetti comportano un incremento del fondo risorse decentrate di € 2.173,10.');
    expect(wrong.projects.map((p) => p.declaredAmount)).toEqual(['894.10', '2173.10']);
    expect(wrong.discrepancies.map((d) => [d.rule, d.project])).toEqual([['declared-mismatch', 2]]);
    const own = plan('Il progetto comporta un incremento del fondo risorse decentrate di € 2.137,10.');
    expect(own.projects.map((p) => p.declaredAmount)).toEqual(['894.10', '2137.10']);
  });
});
