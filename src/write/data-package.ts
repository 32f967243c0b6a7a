import type { CsvLocale } from './cells.js';
import { CSV_TABLES, type CsvField, type CsvTable } from './csv-tables.js';

const PROFILES = 'https://datapackage.org/profiles/2.0';

/** A Table Schema field of the descriptor (Frictionless Data Package v2). */
export interface TableSchemaField {
  name: string;
  type: CsvField['type'];
  description: string;
  decimalChar?: string;
  constraints?: { enum: string[] };
}

/** A tabular Data Resource of the descriptor: one of the dataset's CSV files. */
export interface TableResource {
  $schema: string;
  name: string;
  type: 'table';
  path: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  description: string;
  dialect: { $schema: string; header: true; delimiter: string; lineTerminator: string; quoteChar: '"'; doubleQuote: true };
  schema: { $schema: string; fields: TableSchemaField[]; missingValues: [''] };
}

/** The `datapackage.json` descriptor. */
export interface DataPackageDescriptor {
  $schema: string;
  name: string;
  title: string;
  description: string;
  resources: TableResource[];
}

/**
 * The Frictionless Data Package (v2) descriptor of the dataset's CSV files, in the dialect the
 * locale writes: plain (comma, dot decimals, LF) or Italian Excel (semicolon, comma decimals, BOM, CRLF).
 */
export function dataPackage(locale: CsvLocale): DataPackageDescriptor {
  return {
    $schema: `${PROFILES}/datapackage.json`,
    name: 'rendiconta-dataset',
    title: 'Staff tables of Italian service-improvement plans, recomputed and audited',
    description:
      'Projects, staff-allocation rows and findings read by rendiconta from plans of "progetti di miglioramento dei servizi". ' +
      'dataset.json holds the same data with conditions and unparsed lines; dataset.schema.json is its JSON Schema.',
    resources: CSV_TABLES.map((table) => resource(table, locale)),
  };
}

function resource(table: CsvTable, locale: CsvLocale): TableResource {
  const italian = locale === 'it';
  return {
    $schema: `${PROFILES}/dataresource.json`,
    name: table.file.replace(/\.csv$/, ''),
    type: 'table',
    path: table.file,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    description: italian ? `${table.description} (UTF-8 with a byte order mark, for Italian Excel)` : table.description,
    dialect: {
      $schema: `${PROFILES}/tabledialect.json`,
      header: true,
      delimiter: italian ? ';' : ',',
      lineTerminator: italian ? '\r\n' : '\n',
      quoteChar: '"',
      doubleQuote: true,
    },
    schema: {
      $schema: `${PROFILES}/tableschema.json`,
      fields: table.fields.map((f) => schemaField(f, italian)),
      missingValues: [''],
    },
  };
}

function schemaField(field: CsvField, italian: boolean): TableSchemaField {
  const out: TableSchemaField = { name: field.name, type: field.type, description: field.description };
  if (field.type === 'number' && italian) out.decimalChar = ',';
  if (field.enum) out.constraints = { enum: [...field.enum] };
  return out;
}
