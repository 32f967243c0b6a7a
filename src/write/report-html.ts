import type { DiscrepancyRecord, DocumentRecord, Failure, ProjectRecord, StaffRowRecord } from '../schema.js';
import { formatConfidence, OCR_CONFIDENCE_THRESHOLD } from '../normalize/ocr-row.js';
import { escapeHtml as h, italianNumber as n } from './html.js';
import { DocumentMarks, type Mark, type StaffField } from './marks.js';
import { fundChart } from './report-chart.js';

/** What the closing table of the report keeps of each document (small, so memory stays bounded). */
export interface DocumentSummaryLine {
  anchor: string;
  title: string;
  path: string;
  projects: number;
  staffRows: number;
  declaredTotal: string;
  computedTotal: string;
  findings: { error: number; warning: number; info: number };
}

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

const STYLE = `
:root { font: 14px/1.45 system-ui, sans-serif; color: #1b1b1b; background: #fff; }
body { margin: 1.5rem auto; max-width: 80rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; border-top: 3px solid #1f4e78; padding-top: .75rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .35rem; } h4 { font-size: .95rem; margin: 1rem 0 .3rem; }
.meta, .source { color: #555; font-size: .85rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; margin: .35rem 0 .75rem; }
th, td { border: 1px solid #c8c8c8; padding: .2rem .45rem; vertical-align: top; text-align: left; }
th { background: #eef2f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.computed { color: #35506b; background: #f7f9fb; }
td.mismatch { font-weight: 600; outline: 2px solid currentColor; outline-offset: -2px; }
.sev-error { background: #ffc7ce; color: #9c0006; } .sev-warning { background: #ffeb9c; color: #9c5700; } .sev-info { background: #ddebf7; color: #1f4e78; }
td.findings { max-width: 34rem; } td.findings p, ul.findings li { margin: 0 0 .2rem; padding: .1rem .3rem; border-radius: 3px; }
ul.findings { list-style: none; padding: 0; margin: .3rem 0; }
.rule { font-family: ui-monospace, monospace; font-size: .8rem; opacity: .85; }
pre.raw { margin: 0; white-space: pre-wrap; font: .8rem/1.35 ui-monospace, monospace; background: #f4f4f4; color: #1b1b1b; padding: .15rem .3rem; }
.summary td { min-width: 7rem; }
.fund-chart { display: block; margin: .5rem 0 1rem; font-size: 11px; }
.fund-chart .bar.declared { fill: #1f4e78; } .fund-chart .bar.recomputed { fill: #e08a2c; } .fund-chart .missing { fill: #888; font-style: italic; }
.fund-chart text { fill: #1b1b1b; }
@media print { h2 { break-before: page; } }
`;

/** The start of the report: head with the inline style sheet, and the page heading. */
export function reportStart(generatorVersion: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    // Nothing may be fetched: the report is one self-contained file.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta name="generator" content="rendiconta ${h(generatorVersion)}">\n` +
    `<title>rendiconta: audit report</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header><h1>Audit report</h1><p class="meta">Written by rendiconta ${h(generatorVersion)}. Amounts in euro, Italian notation. ` +
    'Highlighted cells are named by a finding (red: error, yellow: warning, blue: info); hover for its sentence. ' +
    '<a href="#all-documents">All documents</a> are summed up at the end.</p></header>\n<main>\n'
  );
}

/** The section of one document: summary, chart, one table per project, every finding with its source. */
export function documentSection(document: DocumentRecord, anchor: string): string {
  const marks = new DocumentMarks(document);
  const s = document.summary;
  const title = document.title ?? document.source.path;
  const out: string[] = [];
  out.push(`<section class="document" id="${anchor}" data-document-id="${h(document.id)}">`);
  out.push(`<h2 lang="it">${h(title)}</h2>`);
  out.push(
    `<p class="source">${h(document.source.path)} · ${h(document.source.format)}, ${h(document.source.encoding)}` +
      `${document.source.pages === null ? '' : `, ${document.source.pages} pages`}${document.year === null ? '' : ` · year ${document.year}`} · sha256 ${h(document.source.sha256)}</p>`,
  );
  out.push(
    '<table class="summary"><tbody>' +
      `<tr><th>Projects</th><td class="num" data-summary="projects">${s.projects}</td><th>Staff rows</th><td class="num" data-summary="staff-rows">${s.staffRows}</td></tr>` +
      `<tr><th>Fund declared</th><td class="num" data-summary="declared">${n(s.declaredTotal)}</td><th>Fund recomputed</th><td class="num" data-summary="recomputed">${n(s.computedTotal)}</td></tr>` +
      `<tr><th>Printed totals</th><td class="num" data-summary="printed">${n(s.printedTotal)}</td><th>Findings</th><td data-summary="findings">${findingCounts(s.findings)}</td></tr>` +
      '</tbody></table>',
  );
  out.push(fundChart(document.projects));
  const documentLevel = document.discrepancies.filter((d) => d.project === null);
  if (documentLevel.length > 0) out.push(findingList(documentLevel));
  for (const project of document.projects) out.push(projectSection(project, marks, anchor));
  if (document.discrepancies.length > 0) out.push(findingsWithSources(document));
  out.push(unsureOcrRows(document));
  out.push('</section>\n');
  return out.join('\n');
}

/** The end of the report: a table of every document, the inputs that could not be read. */
export function reportEnd(documents: DocumentSummaryLine[], failures: Failure[]): string {
  const rows = documents.map(
    (d) =>
      `<tr><td><a href="#${d.anchor}" lang="it">${h(d.title)}</a><div class="source">${h(d.path)}</div></td><td class="num">${d.projects}</td><td class="num">${d.staffRows}</td>` +
      `<td class="num">${n(d.declaredTotal)}</td><td class="num">${n(d.computedTotal)}</td><td>${findingCounts(d.findings)}</td></tr>`,
  );
  const failed =
    failures.length === 0
      ? ''
      : `<h3>Inputs that could not be read</h3><ul class="failures">${failures.map((f) => `<li><span class="source">${h(f.path)}</span>: ${h(f.error)}</li>`).join('')}</ul>`;
  return (
    '</main>\n<footer><section id="all-documents"><h2>All documents</h2>' +
    '<table class="all-documents"><thead><tr><th>Document</th><th>Projects</th><th>Staff rows</th><th>Fund declared</th><th>Fund recomputed</th><th>Findings</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>${failed}</section></footer>\n</body>\n</html>\n`
  );
}

/** The closing table's line of a document. */
export function summaryLine(document: DocumentRecord, anchor: string): DocumentSummaryLine {
  const s = document.summary;
  return {
    anchor,
    title: document.title ?? document.source.path,
    path: document.source.path,
    projects: s.projects,
    staffRows: s.staffRows,
    declaredTotal: s.declaredTotal,
    computedTotal: s.computedTotal,
    findings: s.findings,
  };
}

function projectSection(project: ProjectRecord, marks: DocumentMarks, anchor: string): string {
  const declared = marks.projectCell(project, 'declaredAmount');
  const total = marks.projectCell(project, 'total');
  const out: string[] = [];
  out.push(`<section class="project" id="${anchor}-project-${project.number}" data-project="${project.number}">`);
  out.push(`<h3 lang="it">Project ${project.number}: ${h(project.title)}</h3>`);
  out.push(`<p class="source">line ${project.source.line}${project.source.page === null ? '' : `, page ${project.source.page}`}</p>`);
  out.push(
    '<table class="totals"><tbody><tr>' +
      `<th>Declared</th>${numberCell(project.declaredAmount, declared, 'declaredAmount')}` +
      `<th>Printed total</th>${numberCell(project.printedTotal, total, 'total')}` +
      `<th>Recomputed (sum of the results)</th><td class="num computed">${n(project.computedTotal)}</td>` +
      '</tr></tbody></table>',
  );
  const projectFindings = marks.projectFindings(project);
  if (projectFindings.length > 0) out.push(findingList(projectFindings));
  if (project.staff.length > 0) {
    out.push(
      '<table class="staff"><thead><tr><th>Row</th><th>Grade</th><th>Hourly cost</th><th>Hours</th><th>Product</th><th>%</th><th>Result</th>' +
        '<th>Expected product</th><th>Expected result</th><th>Findings</th></tr></thead><tbody>',
    );
    for (const row of project.staff) out.push(staffRow(project, row, marks));
    out.push('</tbody></table>');
  } else {
    out.push('<p class="no-table">No staff table.</p>');
  }
  out.push('</section>');
  return out.join('\n');
}

function staffRow(project: ProjectRecord, row: StaffRowRecord, marks: DocumentMarks): string {
  const cell = (field: StaffField) => numberCell(row[field], marks.staffCell(project, row.row, field), field);
  const findings = marks.rowFindings(project, row.row);
  return (
    `<tr data-row="${row.row}"><td class="num">${row.row}</td><td>${h(row.grade ?? '')}</td>` +
    `${cell('hourlyCost')}${cell('hours')}${cell('product')}${cell('percentage')}${cell('result')}` +
    `<td class="num computed">${n(row.expected.product)}</td><td class="num computed">${n(row.expected.result)}</td>` +
    `<td class="findings">${findings.map((d) => `<p class="finding sev-${d.severity}">${h(d.message)} <span class="rule">${h(d.rule)}</span></p>`).join('')}</td></tr>`
  );
}

function numberCell(value: string | null, mark: Mark | undefined, field: string): string {
  if (!mark) return `<td class="num">${n(value)}</td>`;
  const title = mark.findings.map((d) => `${d.message} (${d.rule})`).join('\n');
  return `<td class="num mismatch sev-${mark.severity}" data-field="${h(field)}" title="${h(title)}">${n(value)}</td>`;
}

function findingList(findings: DiscrepancyRecord[]): string {
  return `<ul class="findings">${findings.map((d) => `<li class="finding sev-${d.severity}">${h(d.message)} <span class="rule">${h(d.rule)}</span></li>`).join('')}</ul>`;
}

function findingCounts(findings: { error: number; warning: number; info: number }): string {
  return SEVERITY_ORDER.map((s) => `<span class="count sev-${s}" data-severity="${s}">${findings[s]} ${s}${findings[s] === 1 ? '' : 's'}</span>`).join(' ');
}

/** Every finding of the document with where it was read and, when the dataset holds it, the source text. */
function findingsWithSources(document: DocumentRecord): string {
  const rawOfRow = new Map<string, string>();
  for (const p of document.projects) for (const r of p.staff) if (!rawOfRow.has(`${p.number}/${r.row}`)) rawOfRow.set(`${p.number}/${r.row}`, r.raw);
  const unparsed = new Map(document.unparsed.map((u) => [u.line, u.text]));
  const rows = document.discrepancies.map((d) => {
    const raw =
      d.row !== null && d.project !== null ? [rawOfRow.get(`${d.project}/${d.row}`)]
      : d.source.lines.map((line) => unparsed.get(line));
    const texts = raw.filter((t): t is string => t !== undefined);
    const where = `${d.source.page === null ? '' : `p. ${d.source.page}, `}${d.source.lines.length === 1 ? 'line' : 'lines'} ${d.source.lines.join(', ')}`;
    return (
      `<tr class="finding sev-${d.severity}" data-rule="${h(d.rule)}"><td>${h(d.severity)}</td><td class="rule">${h(d.rule)}</td>` +
      `<td class="num">${d.project ?? ''}</td><td class="num">${d.row ?? ''}</td><td>${h(d.message)}</td><td>${h(where)}</td>` +
      `<td>${texts.map((t) => `<pre class="raw">${h(t)}</pre>`).join('')}</td></tr>`
    );
  });
  return (
    '<h3>Findings and their source lines</h3><table class="findings-list"><thead><tr><th>Severity</th><th>Rule</th><th>Project</th><th>Row</th><th>Finding</th><th>Where</th><th>Source text</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

/** The rows OCR read with a word below the confidence threshold: what to check on the scan first. */
function unsureOcrRows(document: DocumentRecord): string {
  const rows = document.projects.flatMap((p) =>
    p.staff.filter((r) => r.ocr !== undefined && r.ocr.minConfidence < OCR_CONFIDENCE_THRESHOLD).map((r) => ({ project: p.number, row: r })),
  );
  if (rows.length === 0) return '';
  const body = rows.map(
    ({ project, row }) =>
      `<tr data-project="${project}" data-row="${row.row}"><td class="num">${project}</td><td class="num">${row.row}</td>` +
      `<td class="num">${row.source.page ?? ''}</td><td class="num">${formatConfidence(row.ocr!.minConfidence)}</td>` +
      `<td>${h(row.repairs.filter((r) => r.kind === 'ocr-corrected').map((r) => r.detail).join('; '))}</td><td><pre class="raw">${h(row.raw)}</pre></td></tr>`,
  );
  return (
    `<h3>Rows read by OCR with low confidence (below ${formatConfidence(OCR_CONFIDENCE_THRESHOLD)})</h3>` +
    '<table class="ocr-unsure"><thead><tr><th>Project</th><th>Row</th><th>Page</th><th>Least confidence</th><th>Corrected</th><th>As read</th></tr></thead>' +
    `<tbody>${body.join('\n')}</tbody></table>`
  );
}
