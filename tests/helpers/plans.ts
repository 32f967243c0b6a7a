import { splitLines } from '../../src/extract/decode.js';
import { ReadLines } from '../../src/extract/read-line.js';
import { readTableHeader, type TableHeader } from '../../src/extract/table-header.js';
import type { SourceDocument } from '../../src/model.js';
import { recordOf } from '../../src/pipeline.js';
import type { AuditOptions } from '../../src/reconcile/audit.js';
import type { DiscrepancyRecord, DocumentRecord } from '../../src/schema.js';

/** A project of a test plan, written the way plans print it. */
export interface ProjectSpec {
  number: number;
  title?: string;
  /** The amount in the "Fondo Salario Accessorio di € …" sentence, as printed; omitted: no sentence. */
  declared?: string;
  header?: string[];
  rows: string[];
  /** The total line as printed, e.g. "Totale 2496,2"; omitted: no total line. */
  total?: string;
}

const STANDARD_HEADER = ['PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO'];
const CONDITIONS = ['Prima', 'Seconda', 'Terza', 'Quarta', 'Quinta', 'Sesta', 'Settima'];

/** Writes a small plan's text: a title, then each project with its seven conditions and table. */
export function planText(projects: ProjectSpec[], title = 'PROGETTO DI MIGLIORAMENTO DEI SERVIZI OFFERTI PER L’ANNO 2016'): string {
  const out = [title, ''];
  for (const p of projects) {
    out.push(`Progetto N° ${p.number} - ${p.title ?? `Progetto di prova numero ${p.number}`}`, '', 'Descrizione del progetto', '', 'Testo.', '');
    CONDITIONS.forEach((ordinal, i) => {
      out.push(`${ordinal} condizione: (titolo ${i + 1})`, '', `Testo della condizione ${i + 1}.`);
      if (i === 4) {
        if (p.declared !== undefined) {
          out.push('si intende alimentare l’art. 15, comma 5 del Fondo Salario Accessorio di €', `${p.declared}, quale sommatoria delle risultanze di cui a seguire:`);
        }
        out.push('', ...(p.header ?? STANDARD_HEADER), '', ...p.rows.flatMap((r) => [r, '']));
        if (p.total !== undefined) out.push(p.total, '');
      }
      out.push('');
    });
  }
  return out.join('\n');
}

/** A source document made from text, as the text path makes it. */
export function sourceOf(text: string, path = 'test.txt'): SourceDocument {
  return { id: 'test', path, sha256: '0'.repeat(64), format: 'text', encoding: 'utf-8', pages: null, lines: splitLines(text) };
}

/** Runs the pipeline after extraction on a plan's text. */
export function readPlan(text: string, options: AuditOptions = {}): DocumentRecord {
  return recordOf(sourceOf(text), options);
}

/** Runs the pipeline on a plan built from project specs. */
export function readProjects(projects: ProjectSpec[], options: AuditOptions = {}): DocumentRecord {
  return readPlan(planText(projects), options);
}

/** The findings of one rule. */
export function findingsOf(document: DocumentRecord, rule: DiscrepancyRecord['rule']): DiscrepancyRecord[] {
  return document.discrepancies.filter((d) => d.rule === rule);
}

/** The staff table header of the seed plan, on one line. */
export const STAFF_HEADER = 'PERSONALE COSTO ORARIO TOTALE ORE PRODOTTO PERCENTUALE RISULTATO';

/** One project whose staff table is `header` over the `body` lines, between two conditions, read. */
export function readStaffTable(header: string, ...body: string[]): DocumentRecord {
  return readPlan(['Progetto N° 1 - A', 'Quinta condizione', header, ...body, 'Sesta condizione: (b)', 'testo'].join('\n'));
}

/** Grade and cells of the first project's rows, as `[grade, cost, hours, product, percentage, result]`. */
export function staffValues(doc: DocumentRecord): Array<Array<string | null>> {
  return doc.projects[0]!.staff.map((r) => [r.grade, r.hourlyCost, r.hours, r.product, r.percentage, r.result]);
}

/** The staff-table header read from the first of `lines`, each a line of a text document. */
export function headerOf(...lines: string[]): TableHeader | null {
  return readTableHeader(ReadLines.of(lines.map((text, i) => ({ text, line: i + 1, page: null }))), 0);
}
