import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/decimal.js';
import { sameInLireAndEuro } from '../../src/normalize/currency-twins.js';
import { findingsOf, readPlan, STAFF_HEADER as HEADER } from '../helpers/plans.js';

/** A plan of 2000, its table in lire, its sentence giving the amount in lire and in euro. */
const planInLire = (sentence: string, total: string) =>
  readPlan(
    [
      'Progetto N° 1 - Sportello',
      'Quinta condizione',
      sentence,
      HEADER,
      'D3 38.200 150 5.730.000 20 1.146.000',
      'C3 32.400 200 6.480.000 20 1.296.000',
      `Totale ${total}`,
      'Sesta condizione: (b)',
      'testo',
    ].join('\n'),
  );

describe('an amount given in lire and in euro', () => {
  it('is one amount in two currencies at the fixed rate, to a cent', () => {
    expect(sameInLireAndEuro(new Decimal(4557000), new Decimal('2353.49'))).toBe(true);
    expect(sameInLireAndEuro(new Decimal('2353.50'), new Decimal(4557000))).toBe(true);
    expect(sameInLireAndEuro(new Decimal(4557000), new Decimal('2353.60'))).toBe(false);
    expect(sameInLireAndEuro(new Decimal(4557000), new Decimal(0))).toBe(false);
  });

  it('is read in the table\'s currency, the one the table bears out', () => {
    const plan = planInLire('Si propone di incrementare il fondo di L. 2.442.000 (pari a € 1.261,18), quale somma:', '2.442.000');
    expect(plan.projects[0]!.declaredAmount).toBe('2442000');
    expect(findingsOf(plan, 'declared-mismatch')).toEqual([]);
  });

  it('is read in the table\'s currency where it differs from the table: the difference in that currency', () => {
    // 2.542.000 lire, € 1.312,83: a hundred thousand lire more than the rows' results.
    const plan = planInLire('Si propone di incrementare il fondo di L. 2.542.000 (pari a € 1.312,83), quale somma:', '2.442.000');
    expect(plan.projects[0]!.declaredAmount).toBe('2542000');
    expect(findingsOf(plan, 'declared-mismatch').map((f) => [f.printed, f.expected])).toEqual([['2542000', '2442000']]);
    // A table in euro takes the euro.
    const inEuro = readPlan(
      ['Progetto N° 1 - Sportello', 'Quinta condizione', 'Si propone di incrementare il fondo di L. 2.542.000 (pari a € 1.312,83), quale somma:', HEADER, 'D3 19,73 150 2.959,50 20 591,90', 'C3 16,73 200 3.346,00 20 669,20', 'Totale 1.261,10', 'Sesta condizione: (b)', 'testo'].join('\n'),
    );
    expect(inEuro.projects[0]!.declaredAmount).toBe('1312.83');
  });
});
