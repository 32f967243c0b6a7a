import { describe, expect, it } from 'vitest';
import { findingsOf, readStaffTable as read, staffValues as values } from '../helpers/plans.js';

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

  it('reads a row whose product cost × hours belies, its product not named, where the result is that percentage of it', () => {
    const header = ['                       Costo orario           Ore             Spesa      Quota incentivante', '    Cat./pos. ec.               (€)      progetto      progetto (€)                 20% (€)'].join('\n');
    // 16,73 × 140 = 2.342,20, not 2.468,20; 2.468,20 × 20 % = 493,64.
    const doc = read(header, 'D3 20,30 100 2.030,00 406,00', 'C4 16,73 140 2.468,20 493,64', 'Totale 899,64');
    expect(values(doc)[1]).toEqual(['C4', '16.73', '140', '2468.20', '20', '493.64']);
    expect(findingsOf(doc, 'product-mismatch').map((d) => d.row)).toEqual([2]);
    expect(doc.unparsed).toEqual([]);
    // A result that is no 20 % of either: the row stays unread.
    const unread = read(header, 'D3 20,30 100 2.030,00 406,00', 'C4 16,73 140 2.468,20 500,00', 'Totale 899,64');
    expect(values(unread)[1]![4]).toBeNull();
    expect(unread.unparsed.map((u) => u.text)).toEqual(['C4 16,73 140 2.468,20 500,00']);
    // "Costo ore progetto" after the hourly cost names the product: the result is read, and said wrong.
    const named = read(header.replace('          Spesa', 'Costo ore'), 'D3 20,30 100 2.030,00 406,00', 'C4 16,73 140 2.468,20 500,00', 'Totale 906,00');
    expect(values(named)[1]).toEqual(['C4', '16.73', '140', '2468.20', '20', '500.00']);
    expect(named.discrepancies.filter((d) => d.severity === 'error').map((d) => [d.rule, d.row])).toEqual([['product-mismatch', 2], ['result-mismatch', 2]]);
  });

  it('checks each result against it', () => {
    const doc = read('PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO RISULTATO (20%)', 'D2 20,36 100 2.036,00 407,20', 'C3 18,12 140 2.536,80 380,52', 'Totale 787,72');
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['result-mismatch', 2]]);
  });

  it('reads a row whose cost is mistyped one value a column where its product times the header\'s percentage makes its result', () => {
    // 16,51 × 180 = 2.971,80, not 2.907,00; 2.907,00 × 20 % = 581,40. One other C2 row makes no prevailing rate: no cost-typo.
    const rows = ['D3 19,69 100 1.969,00 393,80', 'C2 16,15 200 3.230,00 646,00', 'C2 16,51 180 2.907,00 581,40', 'Totale 1.621,20'];
    const doc = read('Dipendente Cat. Costo orario Ore Totale costo Quota incentivo (20%)', ...rows);
    expect(values(doc)[2]).toEqual(['C2', '16.51', '180', '2907.00', '20', '581.40']);
    expect(doc.discrepancies.map((d) => [d.rule, d.row])).toEqual([['product-mismatch', 3]]);
    // A result the header's percentage does not make either: both errors are said.
    const wrong = read('Dipendente Cat. Costo orario Ore Totale costo Quota incentivo (20%)', ...rows.slice(0, 2), 'C2 16,51 180 2.907,00 591,40', 'Totale 1.631,20');
    expect(wrong.discrepancies.map((d) => [d.rule, d.row])).toEqual([['product-mismatch', 3], ['result-mismatch', 3]]);
  });

  it('is no shared percentage where the header names a percentage column too', () => {
    const doc = read('PERSONALE COSTO ORARIO ORE PRODOTTO PERCENTUALE (MAX 20%) RISULTATO', 'D2 20,36 100 2.036,00 20 407,20', 'Totale 407,20');
    expect(values(doc)).toEqual([['D2', '20.36', '100', '2036.00', '20', '407.20']]);
    expect(doc.projects[0]!.staff[0]!.repairs).toEqual([]);
  });
  it('is no shared percentage where the header gives a bound, "(max 20%)": the rows\' percentages are read, or are missing', () => {
    const printed = read('CAT.   COSTO ORARIO   ORE   PRODOTTO   RISULTATO (max 20%)', 'C1   16,05   100   1.605,00   15   240,75', 'TOTALE 240,75');
    expect(values(printed)).toEqual([['C1', '16.05', '100', '1605.00', '15', '240.75']]);
    expect(printed.discrepancies).toEqual([]);
    const missing = read('CAT.   COSTO ORARIO   ORE   PRODOTTO   RISULTATO (max 20%)', 'C1 16,05 100 1.605,00 240,75', 'TOTALE 240,75');
    expect(values(missing)).toEqual([['C1', '16.05', '100', '1605.00', null, '240.75']]);
    expect(missing.discrepancies.map((d) => d.rule)).not.toContain('result-mismatch');
  });

  it('is read from a line of its own under the header', () => {
    // 1.605,00 × 12,5 % = 200,625.
    const doc = read('PERSONALE COSTO ORARIO ORE PRODOTTO RISULTATO\n                          (12,5%)', 'C1 16,05 100 1.605,00 200,625', 'Totale 200,625');
    expect(values(doc)).toEqual([['C1', '16.05', '100', '1605.00', '12.5', '200.625']]);
    expect(doc.discrepancies).toEqual([]);
  });
});
