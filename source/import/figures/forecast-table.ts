import type { Figure } from "../../note/schema.ts";
import { scaleNumber } from "../amounts.ts";
import type { Range } from "../segments.ts";
import { cellsOf, type SourceText } from "../text-tools.ts";
import { sourceLineAttribution } from "./chart-source.ts";
import { changeOnly, moneyOf, tableUnit, unitOfRow } from "./table-units.ts";

/** A figure of a table, at the offset of its cell in the text. */
export interface TableFigure {
	offset: number;
	figure: Omit<Figure, "id" | "pillar">;
}

/** A cell of a table left out, at its offset, as written, with why. */
export interface TableSkip {
	offset: number;
	text: string;
	reason: string;
}

/** What the tables of some paragraphs give, and those paragraphs' lines that are no table's, to be read as prose. */
export interface TablesRead {
	figures: TableFigure[];
	skipped: TableSkip[];
	rest: Range[];
}

// A column of a forecast table's header: 2025E, 2024A, 25E, 2026F, FY2025E, or a bare year.
const periodCell = /^(FY)?(20\d{2}|\d{2}(?=[AEF]))([AEF])?$/u;
// A cell of a row: a number as tables write it (thousands separators, a sign, a per cent sign), or an
// empty cell's dash.
const numberCell = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.(\d{1,8}))?(%?)$/u;
const emptyCell = /^(?:-{1,2}|—{1,2}|–|N\/?A|n\.?a\.?|NM|nm)$/u;
// The columns of a table of comparable companies (可比公司估值表) before its years.
const comparables = /公司|代码|股价|市值|简称|名称|证券|标的|ticker|Ticker/u;
// A row that is the growth of another: 增长率, yoy, 同比, 营业收入增长率, 归母净利润同比(%), (+/-%).
const growthWords =
	/(?:增长率|增速|增幅|增长|成长率|年增率|年增长率|同比增长率?|同比增速|同比变动|变动率|同比|YoY|yoy|YOY|\+\/-)$/u;

interface Column {
	period: string;
	estimate: boolean;
}

interface Line extends Range {
	cells: Range[];
	/** Which of the ranges it is a line of. */
	range: number;
}

/** The lines of some ranges of the text, each with its cells (split at spaces, tabs and |). */
function linesOf(folded: string, ranges: Range[]): Line[] {
	const lines: Line[] = [];
	for (const [index, range] of ranges.entries()) {
		let start = range.start;
		for (const part of folded.slice(range.start, range.end).split("\n")) {
			const end = start + part.length;
			lines.push({ start, end, cells: cellsOf(folded, { start, end }, /[^\s|]+/gu), range: index });
			start += part.length + 1;
		}
	}
	return lines;
}

/**
 * The columns of a forecast table's header: two or more years in a row (2023A 2024A 2025E 2026E),
 * after words that name no period (会计年度, 单位:百万元), and nothing after them. Undefined for a
 * line that is no such header. A header whose years do not follow one another is none either.
 */
export function headerColumns(
	folded: string,
	line: Line,
): { columns: Column[]; first: number; others?: true } | undefined {
	const periods: Column[] = [];
	let first = line.cells.length;
	for (let index = line.cells.length - 1; index >= 0; index -= 1) {
		const cell = line.cells[index] as Range;
		const match = periodCell.exec(folded.slice(cell.start, cell.end));
		if (match === null) break;
		const year = (match[2] as string).length === 2 ? `20${match[2]}` : (match[2] as string);
		periods.unshift({ period: `${match[1] ?? ""}${year}`, estimate: match[3] === "E" || match[3] === "F" });
		first = index;
	}
	if (periods.length < 2) return undefined;
	const years = periods.map((column) => Number(column.period.replace("FY", "")));
	if (years.some((year, index) => index > 0 && year !== (years[index - 1] as number) + 1)) return undefined;
	const words = folded.slice(line.start, (line.cells[first] as Range).start).replace(tableUnit, "");
	if (/\d/u.test(words)) return undefined;
	// A table with columns other than the years before them (公司 | 代码 | 股价 | 2025E PE …) is no
	// forecast table of the note's company: its rows are left out.
	const others = comparables.test(words) || words.split(/[\s|]+/u).filter((word) => word !== "").length > 1;
	return { columns: periods, first, ...(others && { others: true }) };
}

/**
 * The years of a forecast table's header run into one line with its rows (盈利预测 单位:亿元 2024A 2025E
 * 2026E 营业收入 350.1 …), as a repost prints a table: where they stand, or undefined.
 */
function flattenedHeader(folded: string, line: Line): Range | undefined {
	let run: Range[] = [];
	for (const cell of line.cells) {
		if (
			periodCell.test(folded.slice(cell.start, cell.end)) &&
			/[AEF]$/u.test(folded.slice(cell.start, cell.end))
		)
			run.push(cell);
		else if (run.length >= 2) return { start: (run[0] as Range).start, end: (run.at(-1) as Range).end };
		else run = [];
	}
	return undefined;
}

// A listed company's code as a table's cell: 600001.SH, 0700.HK, 300999 CH, NVDA.O.
const tickerCell = /^(?:\d{6}\.(?:SH|SZ|BJ)|\d{4,5}\.HK|[A-Z]{1,5}\.(?:O|N|US))$/u;

/**
 * The numbers of a row of a table of companies (甲科技 600001.SH 市值1,200亿元 PE 25.3x 20.1x): the
 * cells after a company's code that start with a number, when there are two or more; else undefined.
 * Such a row's numbers are other companies' and its columns unknown: none is any figure's.
 */
function companyRowNumbers(folded: string, line: Line): Range[] | undefined {
	const code = line.cells.findIndex((cell) => tickerCell.test(folded.slice(cell.start, cell.end)));
	if (code === -1) return undefined;
	const numbers = line.cells
		.slice(code + 1)
		.filter((cell) =>
			/^[-+]?\d|\d[\d,.]*\s?(?:%|x|倍|元|亿元?|万元?)$/u.test(folded.slice(cell.start, cell.end)),
		);
	return numbers.length >= 2 ? numbers : undefined;
}

/** A row's label (its cells before the numbers, with the unit in brackets after it) and its numbers' cells. */
function rowOf(folded: string, line: Line): { label: Range; cells: Range[] } | undefined {
	let first = line.cells.length;
	while (first > 0) {
		const cell = line.cells[first - 1] as Range;
		const written = folded.slice(cell.start, cell.end);
		if (!numberCell.test(written) && !emptyCell.test(written)) break;
		first -= 1;
	}
	if (first === 0 || first === line.cells.length) return undefined;
	const label = { start: (line.cells[0] as Range).start, end: (line.cells[first - 1] as Range).end };
	const words = folded.slice(label.start, label.end);
	return /[A-Za-z\u3400-\u9fff]/u.test(words) || changeOnly.test(words)
		? { label, cells: line.cells.slice(first) }
		: undefined;
}

/**
 * Whether [start, end) of the text may hold a year cell (2025E) or a company's code (600001.SH,
 * 0700.HK, NVDA.O): a scan for a digit before A, E or F, or a dot between a digit or capital and a
 * capital, before any regular expression is run (most paragraphs have neither).
 */
function mayHoldTable(folded: string, start: number, end: number): boolean {
	for (let index = start + 1; index < end; index += 1) {
		const code = folded.charCodeAt(index);
		const before = folded.charCodeAt(index - 1);
		const digitBefore = before >= 48 && before <= 57;
		if ((code === 65 || code === 69 || code === 70) && digitBefore) return true;
		if (code === 46 && (digitBefore || (before >= 65 && before <= 90))) {
			const after = folded.charCodeAt(index + 1);
			if (after >= 65 && after <= 90) return true;
		}
	}
	return false;
}

/**
 * Reads the forecast tables (盈利预测与估值) of some paragraphs, as they arrive in reposts and in a PDF's
 * text: a header of consecutive years (`2023A 2024A 2025E 2026E 2027E`, after 会计年度 or 单位:百万元),
 * then rows of a label, its unit in brackets and one number a year (`营业收入(百万元) 12,345 15,678 …`),
 * cells apart by spaces, tabs, full-width spaces or `|`. Each cell is a figure of its row's label and its
 * column's year, in base units (百万元 ×1e6 CNY, EPS(元) CNY/股, PE(倍) x, 毛利率(%) %), an estimate
 * in an E or F column; a growth row (增长率, yoy, or 营业收入增长率) is the yoy change of the row it
 * names, else of the row above, never a figure of its own. A row whose unit, row or cell count
 * cannot be read is left out, each number listed with why. The table's quote is its row's line; the
 * figures are the broker's unless the 资料来源 line after it names only others. Returns the lines that
 * are no table's as ranges, to be read as prose.
 */
export function readForecastTables(
	text: SourceText,
	ranges: Range[],
	broker: string | undefined,
): TablesRead {
	const { folded } = text;
	const read: TablesRead = { figures: [], skipped: [], rest: [] };
	// Paragraphs with no year cell and no company code hold no table: most of a note is read no further.
	const first = ranges[0];
	const last = ranges.at(-1);
	if (first === undefined || last === undefined || !mayHoldTable(folded, first.start, last.end))
		return { ...read, rest: ranges };
	const lines = linesOf(folded, ranges);
	const inTable = new Array<boolean>(lines.length).fill(false);
	let index = 0;
	while (index < lines.length) {
		const line = lines[index] as Line;
		const header = headerColumns(folded, line);
		if (header === undefined) {
			const numbers = companyRowNumbers(folded, line);
			if (numbers !== undefined) {
				for (const cell of numbers)
					read.skipped.push({
						offset: cell.start,
						text: text.original.slice(cell.start, cell.end),
						reason:
							"a row of a table of companies (甲科技 600001.SH …): whose number is which cannot be told",
					});
				inTable[index] = true;
				index += 1;
				continue;
			}
			const flattened = flattenedHeader(folded, line);
			if (flattened !== undefined)
				read.skipped.push({
					offset: flattened.start,
					text: text.original.slice(flattened.start, flattened.end),
					reason: "a forecast table flattened into one line: its rows cannot be told apart with certainty",
				});
			index += 1;
			continue;
		}
		const before =
			index > 0 ? folded.slice((lines[index - 1] as Line).start, (lines[index - 1] as Line).end) : "";
		const scaleMatch =
			tableUnit.exec(folded.slice(line.start, (line.cells[header.first] as Range).start)) ??
			(/^\s*单位/u.test(before) ? tableUnit.exec(before) : null);
		const scaleWord = scaleMatch?.[1];
		const money = scaleWord === undefined ? undefined : moneyOf(scaleWord);
		const tableScale = money === undefined ? undefined : { word: money.currency, exponent: money.exponent };
		let end = index + 1;
		const rows: { line: Line; label: Range; cells: Range[] }[] = [];
		while (end < lines.length) {
			const candidate = lines[end] as Line;
			// A Markdown table's rule under its header: |---|---|.
			if (/^[\s|:]*-{3,}[\s|:-]*$/u.test(folded.slice(candidate.start, candidate.end))) {
				end += 1;
				continue;
			}
			const row = rowOf(folded, candidate);
			if (row === undefined) break;
			rows.push({ line: candidate, ...row });
			end += 1;
		}
		if (rows.length === 0) {
			index += 1;
			continue;
		}
		if (header.others === true) {
			// 公司 | 代码 | 股价 | 2025E …: other companies' numbers, never the note's company's.
			for (const row of rows)
				for (const cell of row.cells)
					if (numberCell.test(folded.slice(cell.start, cell.end)))
						read.skipped.push({
							offset: cell.start,
							text: text.original.slice(cell.start, cell.end),
							reason: "a table with columns besides its years (可比公司估值): its numbers are not bound",
						});
			inTable.fill(true, index, end);
			index = end;
			continue;
		}
		const next = lines[end];
		const attribution = (next && sourceLineAttribution(folded.slice(next.start, next.end), broker, true)) ?? {
			kind: "broker" as const,
			...(broker !== undefined && { name: { zh: broker } }),
		};
		readRows(text, rows, header.columns, tableScale, attribution, read);
		inTable.fill(true, index, end);
		index = end;
	}
	read.rest = restOf(lines, inTable);
	return read;
}

/** The ranges with their lines that are a table's taken out: a range no table touches stays whole (its wrapped lines join). */
function restOf(lines: Line[], inTable: boolean[]): Range[] {
	const rest: Range[] = [];
	let open: Range | undefined;
	let openRange = -1;
	for (const [index, line] of lines.entries()) {
		if (inTable[index] === true || line.range !== openRange) {
			if (open !== undefined) rest.push(open);
			open = undefined;
		}
		if (inTable[index] === true) continue;
		if (open === undefined) {
			open = { start: line.start, end: line.end };
			openRange = line.range;
		} else open.end = line.end;
	}
	if (open !== undefined) rest.push(open);
	return rest.filter((range) => range.end > range.start);
}

function readRows(
	text: SourceText,
	rows: { line: Line; label: Range; cells: Range[] }[],
	columns: Column[],
	tableScale: { word: string; exponent: number } | undefined,
	attribution: Figure["attribution"],
	read: TablesRead,
): void {
	const { folded, original } = text;
	// The figures of each row read so far, by column, with the row's label.
	const drafted: { name: string; unit: string; start: number; figures: (TableFigure | undefined)[] }[] = [];
	for (const row of rows) {
		const label = original.slice(row.label.start, row.label.end);
		const written = row.cells.map((cell) => folded.slice(cell.start, cell.end));
		const unit = unitOfRow(
			folded.slice(row.label.start, row.label.end),
			tableScale,
			written.some((cell) => cell.endsWith("%")),
		);
		const quote = original.slice(row.line.start, row.line.end).trim();
		const leaveOut = (reason: string) => {
			for (const [at, cell] of row.cells.entries())
				if (numberCell.test(written[at] as string))
					read.skipped.push({ offset: cell.start, text: original.slice(cell.start, cell.end), reason });
		};
		if ("reason" in unit || row.cells.length !== columns.length) {
			// A row left out stays a row above the next, so a growth row under it names no other.
			leaveOut(
				row.cells.length !== columns.length
					? `a table's row whose numbers are not one a year (${columns.length} years)`
					: (unit as { reason: string }).reason,
			);
			drafted.push({ name: unit.name, unit: "", start: row.line.start, figures: [] });
			continue;
		}
		const growth = growthWords.exec(unit.name);
		if (growth !== null) {
			// A growth row is the row above the next one: a second growth row under it names no row.
			drafted.push({ name: unit.name, unit: "", start: row.line.start, figures: [] });
			if (unit.unit !== "%") {
				leaveOut("a growth row not in per cent");
				continue;
			}
			const named = unit.name.slice(0, growth.index).trim();
			const target =
				named === ""
					? drafted.at(-2)
					: drafted.findLast(
							(item) =>
								item.name.replace(/^归属于?母公司(?:股东的)?/u, "归母") ===
								named.replace(/^归属于?母公司(?:股东的)?/u, "归母"),
						);
			if (target === undefined || target.unit === "%" || target.unit === "" || target.unit === "x") {
				leaveOut("a growth rate whose row cannot be told");
				continue;
			}
			for (const [at, cell] of row.cells.entries()) {
				const match = numberCell.exec(written[at] as string);
				if (match === null) continue;
				const figure = target.figures[at];
				if (figure === undefined) {
					read.skipped.push({
						offset: cell.start,
						text: original.slice(cell.start, cell.end),
						reason: "a growth rate of a cell left out",
					});
					continue;
				}
				figure.figure.change = {
					value: (match[1] === "-" ? -1 : 1) * scaleNumber(match[2] as string, match[3] ?? "", 0),
					unit: "%",
					basis: "yoy",
				};
				// The quote runs from the figure's row to its growth row, so that it states the change too.
				figure.figure.quote = original.slice(target.start, row.line.end).split("\n").join("").trim();
			}
			continue;
		}
		const figures = row.cells.map((cell, at) => {
			const match = numberCell.exec(written[at] as string);
			if (match === null) return undefined;
			const column = columns[at] as Column;
			const figure: TableFigure = {
				offset: cell.start,
				figure: {
					label: {
						zh:
							unit.name === ""
								? label
								: original.slice(row.label.start, row.label.start + unit.name.length).trim(),
					},
					value: (match[1] === "-" ? -1 : 1) * scaleNumber(match[2] as string, match[3] ?? "", unit.exponent),
					unit: unit.unit,
					display: { zh: original.slice(cell.start, cell.end) },
					period: column.period,
					...(column.estimate && { estimate: true as const }),
					attribution,
					quote,
				},
			};
			read.figures.push(figure);
			return figure;
		});
		drafted.push({ name: unit.name, unit: unit.unit, start: row.line.start, figures });
	}
}
