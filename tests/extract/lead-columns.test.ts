import { describe, expect, it } from 'vitest';
import { leadColumns } from '../../src/extract/lead-columns.js';
import { headerOf } from '../helpers/plans.js';

const GRADE = /\bcat\b|\bpersonale\b/;
const COST = /\bcosto\b/;

describe('the lead columns between the grade and the cost', () => {
  it('are the headings of what the person works or earns, typed on the first line', () => {
    expect(leadColumns(['PERSONALE % PART-TIME COSTO ORARIO ORE PRODOTTO % RISULTATO'], GRADE, COST)).toEqual({
      headings: ['% PART-TIME'],
      rest: ['PERSONALE             COSTO ORARIO ORE PRODOTTO % RISULTATO'],
    });
    expect(leadColumns(['Cat. Mesi di servizio Retribuzione annua lorda Costo orario Ore'], GRADE, COST)?.headings).toEqual(['Mesi di servizio', 'Retribuzione annua lorda']);
  });

  it('are stacked over the lines of a spaced header, their words left out of every line', () => {
    const lines = ['  CAT.   ORE     COSTO    ORE', '         SETT.   ORARIO   PROGETTO'];
    expect(leadColumns(lines, GRADE, COST)).toEqual({
      headings: ['ORE SETT.'],
      rest: ['  CAT.           COSTO    ORE', '                 ORARIO   PROGETTO'],
    });
  });

  it('are none where a heading between the grade and the cost is of a column we do not know, or there is none', () => {
    expect(leadColumns(['CAT. MESI NOTE COSTO ORARIO ORE'], GRADE, COST)).toBeNull();
    expect(leadColumns(['CAT. COSTO ORARIO MESI ORE'], GRADE, COST)).toBeNull();
    expect(leadColumns(['MESI CAT. COSTO ORARIO ORE'], GRADE, COST)).toBeNull();
  });
});

describe('a staff-table header with lead columns', () => {
  it('reads a lead\'s heading wrapped in a header whose cells are apart by tabs, its start on the first line and its rest below', () => {
    const header = headerOf('\tCAT.\tORE\tCOSTO\tORE\tPRODOTTO\t%\tRISULTATO', '\tSETT.\tORARIO\tPROGETTO');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.leadColumns).toEqual(['ORE SETT.']);
  });

  it('names the staff columns without them, "ORE SETT." no hours and "% PART-TIME" no percentage', () => {
    const header = headerOf('  CAT.        ORE    COSTO        ORE    PRODOTTO     %   RISULTATO', '              SETT.  ORARIO   PROGETTO');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.leadColumns).toEqual(['ORE SETT.']);
    expect(headerOf('PERSONALE % PART-TIME COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO')?.leadColumns).toEqual(['% PART-TIME']);
  });
});
