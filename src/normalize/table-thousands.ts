import type { StaffColumn } from '../model.js';
import { STAFF_COLUMNS } from '../model.js';
import type { CellResolution } from './cells.js';
import type { JoinedReading } from './joined-numbers.js';
import type { ReadRow } from './table.js';

/** Whether a row of the table was read with its thousands set apart by a space ("1 347,60"). */
export function setsThousandsApart(rows: readonly ReadRow[]): boolean {
  return rows.some(spacesThousands);
}

function spacesThousands(row: ReadRow): boolean {
  return row.repairs.some((repair) => repair.kind === 'thousands-spaced');
}

/**
 * Unread rows read the one way their values fit the columns with numbers set apart by a space
 * joined ({@link ReadRow.spacedReadings}) in the columns alone where the table's other rows, read,
 * set their thousands apart so: "C3 18,76 170 3 100,00 20 637,84" among rows whose products print
 * "1 347,60" is read with a product of 3.100,00, not a result of 20.637,84. Their findings then say
 * what is wrong in them.
 */
export function withThousandsAsTheTableSetsThem(rows: ReadRow[]): ReadRow[] {
  if (!rows.some((row) => row.spacedReadings)) return rows;
  const spacedColumns = new Set(rows.flatMap((row) => (row.resolution.problem === null && spacesThousands(row) ? spacedIn(row.resolution) : [])));
  return rows.map(({ spacedReadings, ...row }) => {
    const fitting = (spacedReadings ?? []).filter((reading) => joinedIn(reading).every((column) => column !== null && spacedColumns.has(column)));
    if (fitting.length !== 1) return row;
    const [reading] = fitting as [JoinedReading];
    const kept = row.repairs.filter((repair) => repair.kind !== 'cells-unresolved');
    return { ...row, resolution: reading.resolution, repairs: [...kept, ...reading.repairs, ...reading.resolution.repairs] };
  });
}

/** The column each number the reading joined is read in; null for one read in none. */
function joinedIn({ tokens, resolution: { cells } }: JoinedReading): Array<StaffColumn | null> {
  return tokens.filter((token) => SPACE_WITHIN.test(token)).map((token) => STAFF_COLUMNS.find((column) => cells[column]?.raw === token) ?? null);
}

/** The columns whose value a space divides as printed ("1 347,60"). */
function spacedIn({ cells }: CellResolution): StaffColumn[] {
  return STAFF_COLUMNS.filter((column) => cells[column] !== null && SPACE_WITHIN.test(cells[column]!.raw));
}

const SPACE_WITHIN = /\d[ \u00a0]\d/;
