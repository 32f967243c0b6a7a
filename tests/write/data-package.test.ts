import ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RULE_IDS, SEVERITIES } from '../../src/diagnostics.js';
import { datasetJsonSchema } from '../../src/write/dataset-schema.js';
import { runCli, SEED, tempDir } from '../helpers/cli.js';
import { parseCsv } from '../helpers/csv.js';

// ajv is CommonJS: imported from ESM, its class is the module's `default` property.
const Ajv2020 = ajv2020.default;

const PROFILES = 'https://datapackage.org/profiles/2.0';

/** The parts of Frictionless Data Package v2 that rendiconta writes, as the standard defines them. */
const FieldSchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(['string', 'integer', 'number']),
  description: z.string().min(1),
  decimalChar: z.string().length(1).optional(),
  constraints: z.strictObject({ enum: z.array(z.string()).min(1) }).optional(),
});
const ResourceSchema = z.strictObject({
  $schema: z.literal(`${PROFILES}/dataresource.json`),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  type: z.literal('table'),
  path: z.string().regex(/^[^/\\.][^/\\]*$/, 'a relative path inside the package'),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  description: z.string(),
  dialect: z.strictObject({
    $schema: z.literal(`${PROFILES}/tabledialect.json`),
    header: z.boolean(),
    delimiter: z.string().length(1),
    lineTerminator: z.enum(['\n', '\r\n']),
    quoteChar: z.string().length(1),
    doubleQuote: z.boolean(),
  }),
  schema: z.strictObject({
    $schema: z.literal(`${PROFILES}/tableschema.json`),
    fields: z.array(FieldSchema).min(1),
    missingValues: z.array(z.string()),
  }),
});
const DataPackageSchema = z.strictObject({
  $schema: z.literal(`${PROFILES}/datapackage.json`),
  name: z.string().regex(/^[a-z0-9._-]+$/),
  title: z.string(),
  description: z.string(),
  resources: z.array(ResourceSchema).min(1),
});
type Resource = z.infer<typeof ResourceSchema>;

/** Reads a resource as a Frictionless reader would (dialect, BOM, types) and returns its problems. */
async function checkResource(dir: string, resource: Resource): Promise<string[]> {
  let text = readFileSync(join(dir, resource.path), 'utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const problems: string[] = [];
  const terminator = text.includes('\r\n') ? '\r\n' : '\n';
  if (terminator !== resource.dialect.lineTerminator) problems.push(`${resource.path}: lines end with ${JSON.stringify(terminator)}`);
  const [header, ...rows] = await parseCsv(text, resource.dialect.delimiter);
  const fields = resource.schema.fields;
  if (JSON.stringify(header) !== JSON.stringify(fields.map((f) => f.name))) problems.push(`${resource.path}: header ${header?.join(',')}`);
  for (const [i, row] of rows.entries()) {
    fields.forEach((field, j) => {
      const value = row[j] ?? '';
      if (resource.schema.missingValues.includes(value)) return;
      const decimal = field.decimalChar ?? '.';
      const ok =
        field.type === 'integer' ? /^-?\d+$/.test(value)
        : field.type === 'number' ? new RegExp(`^-?\\d+(?:\\${decimal}\\d+)?$`).test(value)
        : !field.constraints || field.constraints.enum.includes(value);
      if (!ok) problems.push(`${resource.path} row ${i + 2} ${field.name}: ${JSON.stringify(value)} is no ${field.type}`);
    });
  }
  return problems;
}

describe('datapackage.json', () => {
  let plain: string;
  let italian: string;

  beforeAll(() => {
    plain = join(tempDir(), 'out');
    italian = join(tempDir(), 'out');
    expect(runCli(['ingest', SEED, '--out', plain]).status).toBe(0);
    expect(runCli(['ingest', SEED, '--out', italian, '--csv-locale', 'it']).status).toBe(0);
  });

  const descriptor = (dir: string) => DataPackageSchema.parse(JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')));

  it('is a valid Frictionless v2 descriptor of the three CSV files', () => {
    const pkg = descriptor(plain);
    expect(pkg.resources.map((r) => [r.name, r.path])).toEqual([
      ['projects', 'projects.csv'],
      ['staff', 'staff.csv'],
      ['discrepancies', 'discrepancies.csv'],
    ]);
    const staff = pkg.resources[1]!.schema.fields;
    expect(staff.find((f) => f.name === 'hourly_cost')).toMatchObject({ type: 'number' });
    expect(staff.find((f) => f.name === 'row')).toMatchObject({ type: 'integer' });
    expect(staff.find((f) => f.name === 'grade')).toMatchObject({ type: 'string' });
    const discrepancies = pkg.resources[2]!.schema.fields;
    expect(discrepancies.find((f) => f.name === 'rule')!.constraints!.enum).toEqual([...RULE_IDS]);
    expect(discrepancies.find((f) => f.name === 'severity')!.constraints!.enum).toEqual([...SEVERITIES]);
  });

  it('describes the plain CSV: comma, dot decimals, LF; every value fits its field type', async () => {
    const pkg = descriptor(plain);
    for (const resource of pkg.resources) {
      expect(resource.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\n', header: true });
      expect(resource.schema.fields.some((f) => f.decimalChar !== undefined)).toBe(false);
      expect(await checkResource(plain, resource)).toEqual([]);
    }
  });

  it('describes the Italian CSV: semicolon, comma decimals (decimalChar), CRLF, header; every value fits', async () => {
    const pkg = descriptor(italian);
    for (const resource of pkg.resources) {
      expect(resource.dialect).toMatchObject({ delimiter: ';', lineTerminator: '\r\n', header: true });
      for (const field of resource.schema.fields) expect(field.decimalChar).toBe(field.type === 'number' ? ',' : undefined);
      expect(await checkResource(italian, resource)).toEqual([]);
    }
  });

  it('catches a value that does not fit (the check above can fail)', async () => {
    const resource = { ...descriptor(plain).resources[1]!, dialect: { ...descriptor(plain).resources[1]!.dialect, delimiter: ';' as const } };
    expect((await checkResource(plain, resource)).length).toBeGreaterThan(0);
    const wrongDecimal = descriptor(italian).resources[1]!;
    expect(await checkResource(plain, { ...wrongDecimal, dialect: { ...wrongDecimal.dialect, delimiter: ',', lineTerminator: '\n' } })).toContainEqual(
      expect.stringMatching(/hourly_cost: "18\.56" is no number/),
    );
  });
});

describe('dataset.schema.json', () => {
  let out: string;
  beforeAll(() => {
    out = join(tempDir(), 'out');
    expect(runCli(['ingest', SEED, '--out', out]).status).toBe(0);
  });

  const load = () => JSON.parse(readFileSync(join(out, 'dataset.schema.json'), 'utf8')) as Record<string, unknown>;

  it('is the JSON Schema (draft 2020-12) generated from the zod schema', () => {
    const schema = load();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(datasetJsonSchema());
  });

  it('validates the seed’s dataset.json with a JSON Schema validator (ajv, draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    const validate = ajv.compile(load());
    const dataset = JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    expect(validate(dataset), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('rejects what the contract forbids: a decimal as a JSON number, an unknown rule, an unknown field', () => {
    const validate = new Ajv2020({ strict: true }).compile(load());
    const dataset = () => JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8'));
    const numberAmount = dataset();
    numberAmount.documents[0].projects[0].computedTotal = 2496.2;
    expect(validate(numberAmount)).toBe(false);
    const unknownRule = dataset();
    unknownRule.documents[0].discrepancies[0].rule = 'made-up';
    expect(validate(unknownRule)).toBe(false);
    const extra = dataset();
    extra.documents[0].surprise = true;
    expect(validate(extra)).toBe(false);
    const exponent = dataset();
    exponent.documents[0].summary.declaredTotal = '1e5';
    expect(validate(exponent)).toBe(false);
  });
});
