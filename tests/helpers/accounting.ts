import { outlineDocument } from '../../src/extract/structure.js';
import type { SourceDocument } from '../../src/model.js';
import type { LineRole } from '../../src/normalize/table.js';
import { normalizePlan } from '../../src/normalize/plan.js';
import type { DocumentRecord } from '../../src/schema.js';

/** How the lines of one table region were accounted for by the table reader. */
export interface TableAccount {
  project: number;
  /** 1-based line number of the header's first line. */
  first: number;
  /** 1-based line number of the last line the reader gave a role (the header's last line at least). */
  last: number;
  /** Role counts over the lines from `first` to `last`. */
  counts: Record<LineRole, number>;
}

/** The accounting of every table region of a document, and what is wrong with it. */
export interface Accounting {
  tables: TableAccount[];
  /** Lines of table regions the reader reported as `unparsed`. */
  unparsedLines: number[];
  /** The role of every line the reader consumed, as `normalizePlan` reports it. */
  roles: ReadonlyMap<number, readonly LineRole[]>;
  /** Every hole, double count or stray role, as a sentence naming the line; empty when all is accounted for. */
  problems: string[];
}

const ROLES: readonly LineRole[] = ['blank', 'header', 'row', 'total', 'noise', 'unparsed'];

/**
 * Accounts for the lines of every table region of `source`, as `outlineDocument` finds the regions
 * and `normalizePlan` reports the role of each line it consumed. From a header's first line to the
 * last line given a role, each line must have exactly one role; a role outside every region is a
 * stray. With `record` (the document as the pipeline wrote it), each `unparsed` line must also be
 * in the record's `unparsed` list and have an `unparsed-line` finding.
 */
export function accountTables(source: SourceDocument, record?: DocumentRecord): Accounting {
  const outline = outlineDocument(source);
  const { plan, roles } = normalizePlan(source, outline);
  const problems: string[] = [];
  const byLine = new Map<number, LineRole[]>();
  for (const { line, role } of roles) byLine.set(line, [...(byLine.get(line) ?? []), role]);
  // Line numbers are the source's own, not indexes: a double-spaced text keeps them with its spacing lines dropped.
  const texts = new Map(source.lines.map((l) => [l.line, l.text]));
  const textOf = (line: number) => JSON.stringify((texts.get(line) ?? '').slice(0, 80));

  const claimed = new Set<number>();
  const tables: TableAccount[] = [];
  // An act of another kind read as no plan has its headings' tables read as none.
  const read = plan.projects.length > 0 ? outline.projects : [];
  for (const project of read) {
    for (const region of project.tables) {
      const regionLines = [...region.header.lines, ...region.body].map((l) => l.line);
      // A table read under no header (`headerless`) starts at its first row.
      const first = regionLines[0]!;
      const inRegion = new Set(regionLines);
      const consumed = [...byLine.keys()].filter((line) => inRegion.has(line));
      const last = Math.max(first, region.header.lines.at(-1)?.line ?? first, ...consumed);
      const counts = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<LineRole, number>;
      for (const { line } of source.lines) {
        if (line < first || line > last) continue;
        claimed.add(line);
        const given = byLine.get(line) ?? [];
        if (given.length === 0) problems.push(`project ${project.number}: line ${line} ${textOf(line)} has no role`);
        else if (given.length > 1) problems.push(`project ${project.number}: line ${line} ${textOf(line)} has ${given.length} roles (${given.join(', ')})`);
        for (const role of given) counts[role]++;
      }
      tables.push({ project: project.number, first, last, counts });
    }
  }
  for (const [line, given] of byLine) {
    if (!claimed.has(line)) problems.push(`line ${line} ${textOf(line)} has the role ${given.join(', ')} outside every table region`);
  }

  const unparsedLines = roles.filter((r) => r.role === 'unparsed').map((r) => r.line);
  if (record) {
    const listed = new Set(record.unparsed.map((u) => u.line));
    const reported = new Set(record.discrepancies.filter((d) => d.rule === 'unparsed-line').flatMap((d) => d.source.lines));
    for (const line of unparsedLines) {
      if (!listed.has(line)) problems.push(`line ${line} ${textOf(line)} is unparsed but not in the document's unparsed list`);
      if (!reported.has(line)) problems.push(`line ${line} ${textOf(line)} is unparsed but has no unparsed-line finding`);
    }
  }
  return { tables, unparsedLines, roles: byLine, problems };
}
