import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { findingsOf, readPlan, readProjects } from '../helpers/plans.js';

describe('no-projects', () => {
  it('reports a readable document without projects, inventing none', () => {
    const doc = readPlan('DETERMINAZIONE n. 12 del 2026\n\nIl dirigente determina di approvare il quadro economico.\nTotale 1.234,00\n');
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toEqual([expect.objectContaining({ severity: 'warning', project: null, row: null })]);
  });

  it('reports a document that lists projects without anything of a project, such as a decree approving them', () => {
    const doc = readPlan('DECRETO DEL SINDACO N. 14\n\nsono stati approvati i seguenti progetti:\nProgetto n. 1 – Tributi € 1.830,00\nProgetto n. 2 – Sportello € 1.397,20\n');
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toEqual([expect.objectContaining({ severity: 'warning', project: null, row: null })]);
  });

  it('reports a document whose numbered headings have nothing of a plan under them: no staff table, no condition, no amount for the fund', () => {
    const report = [
      'RELAZIONE SULLA PERFORMANCE 2019',
      '',
      'Obiettivo n. 1 – Riduzione dei tempi di rilascio delle autorizzazioni',
      'Responsabile: Settore tecnico. Peso: 30%. Indicatore: giorni medi. Target: 20 giorni.',
      '',
      'Obiettivo n. 2 – Digitalizzazione delle pratiche edilizie',
      'Responsabile: Settore tecnico. Peso: 40%. Indicatore: pratiche on line. Target: 90%.',
    ].join('\n');
    const doc = readPlan(report);
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toHaveLength(1);
    expect(findingsOf(doc, 'missing-table')).toEqual([]);
  });

  const objectives = (title: string, condition: string[] = []) =>
    [
      title,
      '',
      'Obiettivo n. 1 – Riduzione dei tempi medi di pagamento delle fatture',
      'Peso dell’obiettivo: 40%',
      ...condition,
      '',
      'CAT.   COSTO ORARIO   ORE   COSTO DEL PERSONALE   % IMPEGNO   QUOTA SULL’OBIETTIVO',
      'D1            17,95   120              2.154,00          40                 861,60',
      'C3            17,10   200              3.420,00          40               1.368,00',
      'Totale                                                                   2.229,60',
    ].join('\n');

  it.each([
    ['PIANO DETTAGLIATO DEGLI OBIETTIVI (PDO) 2021'],
    ['PIANO ESECUTIVO DI GESTIONE 2010 – PIANO DEGLI OBIETTIVI'],
    ['RELAZIONE SUL GRADO DI RAGGIUNGIMENTO DEI PROGETTI DI MIGLIORAMENTO – ANNO 2012'],
    ['PIANO DEL LAVORO STRAORDINARIO PER PROGETTI – ANNO 2009'],
  ])('reports an act of another kind whose headings have tables but no condition nor amount for the fund: %j', (title) => {
    const doc = readPlan(objectives(title));
    expect(doc.projects).toEqual([]);
    expect(findingsOf(doc, 'no-projects')).toHaveLength(1);
  });

  it('reports such an act whose one amount for the fund is the whole\'s, after its last heading', () => {
    const report = [
      objectives('RELAZIONE FINALE SUI PROGETTI DI MIGLIORAMENTO – ANNO 2016'),
      '',
      'Obiettivo n. 2 – Archivio',
      'CAT.   COSTO ORARIO   ORE   COSTO DEL PERSONALE   % IMPEGNO   QUOTA SULL’OBIETTIVO',
      'C1            16,27   100              1.627,00          20                 325,40',
      'Totale                                                                     325,40',
      '',
      'Importo complessivamente liquidabile per l’anno 2016: € 2.555,00, a valere sulla parte variabile del fondo.',
    ];
    const doc = readPlan(report.join('\n'));
    expect(doc.projects).toEqual([]);
    expect(doc.discrepancies.map((d) => d.rule)).toEqual(['no-projects']);
    const plan = readPlan(report.join('\n').replace('RELAZIONE FINALE SUI', 'PIANO DEI'));
    expect(plan.projects.map((p) => [p.number, p.declaredAmount])).toEqual([[1, null], [2, null]]);
  });

  it('keeps headings with tables alone where the document names no other kind, and a plan of such an act with a condition', () => {
    expect(readPlan(objectives('PROGETTI DI MIGLIORAMENTO 2021')).projects).toHaveLength(1);
    expect(readPlan(objectives('PIANO DELLA PERFORMANCE 2021', ['Prima condizione: (miglioramento quali-quantitativo dei servizi)', 'Testo.'])).projects).toHaveLength(1);
  });

  it('keeps projects without a table where one of them has a condition, with a missing-table for each', () => {
    const doc = readPlan('Progetto n. 1 – Archivio\nDescrizione del progetto\nTesto.\nPrima condizione: (titolo)\nTesto.\n\nProgetto n. 2 – Sportello\nDescrizione del progetto\nTesto.\n');
    expect(doc.projects.map((p) => p.number)).toEqual([1, 2]);
    expect(findingsOf(doc, 'missing-table').map((f) => f.project)).toEqual([1, 2]);
  });

  it('is not raised for a plan', () => {
    expect(findingsOf(readProjects([{ number: 1, rows: ['D3 20,30 100 2030,00 20 406'], total: 'Totale 406' }]), 'no-projects')).toEqual([]);
  });
});

describe('documents of a plan\'s genre that hold no plan (fixtures/non-plans)', () => {
  const dir = join(ROOT, 'fixtures/non-plans');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

  it('are all there', () => {
    expect(files).toHaveLength(30);
  });

  it.each(files)('%s reads as no project, with a no-projects finding and no other', (file) => {
    const doc = readPlan(readFileSync(join(dir, file), 'utf8'));
    expect(doc.projects).toEqual([]);
    expect(doc.discrepancies.map((d) => d.rule)).toEqual(['no-projects']);
  });
});
