import { describe, expect, it } from 'vitest';
import { chargeColumns } from '../../src/extract/charge-columns.js';
import { headerOf } from '../helpers/plans.js';

const RESULT = /\brisultato\b|\bquota\b/;

describe('the charge columns after the result', () => {
  it('are the headings of contributions, taxes and gross sums that end the first line, with their rates', () => {
    expect(chargeColumns(['CAT. COSTO ORE PRODOTTO % RISULTATO IRAP (8,50%) CPDEL (23,80%) COSTO COMPLESSIVO'], RESULT)?.headings).toEqual(['IRAP', 'CPDEL', 'COSTO COMPLESSIVO']);
    expect(chargeColumns(['CAT. ORE % QUOTA FONDO   ONERI A CARICO ENTE   TOTALE'], RESULT)?.headings).toEqual(['ONERI A CARICO ENTE', 'TOTALE']);
    expect(chargeColumns(["Cat. Ore % Risultato Contributi a carico dell'ente"], RESULT)?.headings).toEqual(["Contributi a carico dell'ente"]);
    // "RISULTATO LORDO": the result's own name, before the first charge named.
    expect(chargeColumns(['CAT. ORE % RISULTATO LORDO ONERI'], RESULT)?.headings).toEqual(['ONERI']);
  });

  it('are none where a word after the result names no charge, or no charge is named, only gross sums, which may be the result\'s own name', () => {
    expect(chargeColumns(['CAT. ORE % RISULTATO ONERI NOTE'], RESULT)).toBeNull();
    expect(chargeColumns(['CAT. ORE % RISULTATO TOTALE LORDO'], RESULT)).toBeNull();
    expect(chargeColumns(['CAT. ORE ONERI % RISULTATO'], RESULT)).toBeNull();
    expect(chargeColumns(['CAT. ORE % RISULTATO 2019 IRAP'], RESULT)).toBeNull();
  });

  it('leave the staff columns\' words to a spaced header\'s lines by where they stand, to a typed one\'s by what they are', () => {
    // "FONDO" ends at 25, "ONERI" starts at 28: the cut is half-way, and "(23,80%)", from 26, is the charge's; "(20%)" the result's.
    const spaced = ['CAT.  ORE  %  QUOTA FONDO   ONERI', '               (20%)      (23,80%)'];
    expect(chargeColumns(spaced, RESULT)).toEqual({ headings: ['ONERI (23,80%)'], rest: ['CAT.  ORE  %  QUOTA FONDO        ', '               (20%)              '] });
    const typed = ['CAT. ORE COSTO ONERI', 'PERSONALE % RISULTATO', 'DIPENDENTE ORARIO (23,80%) ENTE'];
    expect(chargeColumns(typed, RESULT)).toEqual({ headings: ['ONERI'], rest: ['CAT. ORE COSTO ', 'PERSONALE % RISULTATO', 'DIPENDENTE ORARIO'] });
  });
});

describe('a staff-table header with charge columns', () => {
  it('names the staff columns without them, a lower line\'s rates and words under them included', () => {
    const header = headerOf(
      '  PERSONALE   COSTO ORARIO    ORE    PRODOTTO     %   RISULTATO   ONERI RIFLESSI   TOTALE LORDO',
      '                                                                        (23,80%)           ENTE',
    );
    expect(header?.end).toBe(2);
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['ONERI RIFLESSI (23,80%)', 'TOTALE LORDO ENTE']);
  });

  it('reads the result\'s heading centred on a line below the charges\' first', () => {
    const header = headerOf(
      '                  COSTO                                                  ONERI RIFLESSI        TOTALE LORDO',
      ' PERSONALE                      ORE   PRODOTTO       %    RISULTATO',
      '                  ORARIO                                                   (23,80%)                ENTE',
    );
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['ONERI RIFLESSI (23,80%)', 'TOTALE LORDO ENTE']);
  });

  it('reads each charge\'s heading whole, wrapped over the lines of its column', () => {
    const header = headerOf(
      '  CATEGORIA     COSTO    ORE    PRODOTTO     %         QUOTA  CONTRIBUTI        COSTO',
      '               ORARIO                           INCENTIVANTE    A CARICO  COMPLESSIVO',
      '                                                               DELL’ENTE',
    );
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['CONTRIBUTI A CARICO DELL’ENTE', 'COSTO COMPLESSIVO']);
  });

  it('reads the charges\' headings wrapped in a header whose cells are apart by tabs', () => {
    const header = headerOf('\tCATEGORIA\tCOSTO\tORE\tPRODOTTO\t%\tQUOTA\tCONTRIBUTI\tCOSTO', '\tORARIO\tINCENTIVANTE\tA CARICO\tCOMPLESSIVO', '\tDELL’ENTE');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['CONTRIBUTI', 'COSTO']);
  });

  it('reads the charges on the result\'s line under a heading over their group, the line above', () => {
    const header = headerOf('ONERI A CARICO DELL’ENTE TOTALE', 'PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO CPDEL (23,80%) IRAP (8,50%) INPDAP (0,80%) LORDO ENTE');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['CPDEL', 'IRAP', 'INPDAP', 'LORDO ENTE']);
  });

  it('reads a centred header taken out of a PDF line by line, its charges\' words at the ends of the lines', () => {
    const header = headerOf('COSTO ONERI RIFLESSI TOTALE LORDO', 'PERSONALE ORE PRODOTTO % RISULTATO', 'ORARIO (23,80%) ENTE');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'product', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['ONERI RIFLESSI', 'TOTALE LORDO']);
  });

  it('takes a "costo complessivo" after the result for a charge, not the product', () => {
    const header = headerOf('PERSONALE COSTO ORARIO ORE % RISULTATO IRAP (8,50%) COSTO COMPLESSIVO');
    expect(header?.columns).toEqual(['hourlyCost', 'hours', 'percentage', 'result']);
    expect(header?.chargeColumns).toEqual(['IRAP', 'COSTO COMPLESSIVO']);
  });

  it('keeps the percentage printed in the result\'s heading, not a charge\'s rate', () => {
    const header = headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO QUOTA (20%) ONERI (23,80%)');
    expect(header?.sharedPercentage).toBe('20');
    expect(header?.chargeColumns).toEqual(['ONERI']);
  });

  it('has none where the columns after the result are a share or unknown', () => {
    expect(headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO INCIDENZA %')?.chargeColumns).toBeUndefined();
    expect(headerOf('PERSONALE COSTO ORARIO ORE PRODOTTO % RISULTATO TOTALE LORDO')?.chargeColumns).toBeUndefined();
  });
});
