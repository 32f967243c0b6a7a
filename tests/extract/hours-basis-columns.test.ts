import { describe, expect, it } from 'vitest';
import { hoursBasisColumns } from '../../src/extract/hours-basis-columns.js';
import { headerOf } from '../helpers/plans.js';

const COST = /\bcosto\b/;

describe('the columns of the hours\' basis between the cost and the hours', () => {
  it('are the headings right after the cost\'s up to the hours\', typed on the first line', () => {
    expect(hoursBasisColumns(['CAT. COSTO ORARIO ORE ANNUE % IMPEGNO ORE PROGETTO PRODOTTO % RISULTATO'], COST)).toEqual({
      headings: ['ORE ANNUE', '% IMPEGNO'],
      rest: [`CAT. COSTO ORARIO${' '.repeat(' ORE ANNUE % IMPEGNO '.length)}ORE PROGETTO PRODOTTO % RISULTATO`],
    });
    expect(hoursBasisColumns(['Personale Costo orario (€) Monte ore annuo Impegno % Ore dedicate'], COST)?.headings).toEqual(['Monte ore annuo', 'Impegno %']);
  });

  it('are stacked over the lines of a spaced header, their words left out of every line', () => {
    const lines = ['  CAT.  COSTO    ORE     %         ORE', '        ORARIO   ANNUE   IMPEGNO   PROGETTO'];
    expect(hoursBasisColumns(lines, COST)).toEqual({
      headings: ['ORE ANNUE', '% IMPEGNO'],
      rest: ['  CAT.  COSTO                      ORE', '        ORARIO                     PROGETTO'],
    });
  });

  it('are none where the hours do not follow them, or a heading between is of a column we do not know', () => {
    expect(hoursBasisColumns(['CAT. COSTO ORARIO ORE ANNUE PRODOTTO % RISULTATO'], COST)).toBeNull();
    expect(hoursBasisColumns(['CAT. COSTO ORARIO ORE ANNUE NOTE ORE PROGETTO'], COST)).toBeNull();
    expect(hoursBasisColumns(['CAT. ORE ANNUE COSTO ORARIO ORE PROGETTO'], COST)).toBeNull();
    expect(hoursBasisColumns(['CAT. COSTO ORARIO ORE PRODOTTO % RISULTATO'], COST)).toBeNull();
  });
});

describe('a staff-table header with columns of the hours\' basis', () => {
  it('names the staff columns without them: "ORE ANNUE" no hours and "% IMPEGNO" no percentage', () => {
    const typed = headerOf('  CAT.    COSTO ORARIO  ORE ANNUE  % IMPEGNO  ORE PROGETTO    PRODOTTO     %   RISULTATO');
    expect(typed?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(typed?.hoursBasisColumns).toEqual(['ORE ANNUE', '% IMPEGNO']);
    const stacked = headerOf('  CAT.    COSTO      ORE      %         ORE        PRODOTTO     %   RISULTATO', '          ORARIO     ANNUE    IMPEGNO   PROGETTO');
    expect(stacked?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(stacked?.hoursBasisColumns).toEqual(['ORE ANNUE', '% IMPEGNO']);
  });
});
