import type { Note } from "../../note/schema.ts";
import type { ParsedNote } from "../parsed-note.ts";
import { ratingCell, ratingText } from "../ratings.ts";
import type { Range } from "../segments.ts";
import { cellsOf, type SourceText } from "../text-tools.ts";

/** A company a note covers, as the note format holds it. */
export type Company = Note["companies"][number];

// A table's header row: 股票名称 股票代码 目标价(当地币种) 投资评级, or with 公司名称 / 证券简称.
const headerRow = /(?:股票|公司|证券)(?:名称|简称)/u;
const tickerCell = /^(?:\d{4,6}|[A-Z]{1,5})(?:\.(?:SH|SZ|BJ|HK|US|O|N|T))?$/u;
const exchangeCell = /^(?:CH|HK|US|JP|SH|SZ|TT|C1)$/u;
const price = /^\d{1,6}(?:\.\d{1,4})?$/u;
const currencies: Record<string, string> = {
	人民币: "CNY",
	元: "CNY",
	港币: "HKD",
	港元: "HKD",
	美元: "USD",
	日元: "JPY",
};
// A local currency from the exchange a ticker is listed on.
function localCurrency(ticker: string): string | undefined {
	if (/(?:\.|\s)(?:HK)$/u.test(ticker)) return "HKD";
	if (/(?:\.|\s)(?:US|O|N)$/u.test(ticker)) return "USD";
	if (/(?:\.|\s)(?:JP|T)$/u.test(ticker)) return "JPY";
	if (/(?:\.|\s)(?:CH|SH|SZ|BJ|C1)$/u.test(ticker)) return "CNY";
	return undefined;
}

function cells(folded: string, line: Range): Range[] {
	const found = cellsOf(folded, line);
	// A ticker and its exchange are one cell: 688999 CH.
	const merged: Range[] = [];
	for (const cell of found) {
		const last = merged.at(-1);
		const previous = last && folded.slice(last.start, last.end);
		if (
			last &&
			previous &&
			tickerCell.test(previous) &&
			exchangeCell.test(folded.slice(cell.start, cell.end))
		)
			last.end = cell.end;
		else merged.push({ ...cell });
	}
	return merged;
}

/**
 * Reads a stock table flattened into lines: a header row naming the columns (股票名称, 股票代码,
 * 目标价(当地币种), 投资评级), then one row a line (`样例科技 688999 CH 52.60 买入`). A row's target
 * price is the number in the 目标价 column, in the currency the header names or else the currency
 * of the ticker's exchange; its rating is the rating in the 评级 column. A row whose target price or
 * rating cannot be read is kept with what could be, and the report says what was left out.
 */
export function readStockTable(text: SourceText, lines: Range[], parsed: ParsedNote): void {
	const { folded } = text;
	const headerIndex = lines.findIndex((line) => headerRow.test(folded.slice(line.start, line.end)));
	if (headerIndex === -1) return;
	const columns = cells(folded, lines[headerIndex] as Range).map((cell) =>
		folded.slice(cell.start, cell.end),
	);
	const priceColumn = columns.findIndex((column) => column.startsWith("目标价"));
	const ratingColumn = columns.findIndex((column) => column.includes("评级"));
	const named = /\((人民币|元|港币|港元|美元|日元)\)/u.exec(columns[priceColumn] ?? "");
	for (const line of lines.slice(headerIndex + 1)) {
		const row = cells(folded, line);
		const cellText = (index: number) => {
			const cell = row[index];
			return cell === undefined ? "" : folded.slice(cell.start, cell.end);
		};
		const original = (index: number) => {
			const cell = row[index] as Range;
			return text.original.slice(cell.start, cell.end);
		};
		const tickerIndex = row.findIndex((_, index) => tickerCell.test(cellText(index).split(" ")[0] as string));
		if (tickerIndex < 1 || !/\p{Script=Han}|[A-Za-z]/u.test(cellText(0))) break;
		const ticker = cellText(tickerIndex);
		const company: Company = { name: { zh: original(0) }, tickers: [ticker] };
		const index = parsed.companies.length;
		// 目标价(元) of a ticker listed outside the mainland: CNY, or the local currency? Left out.
		const local = localCurrency(ticker);
		const bareYuan = named?.[1] === "元" && local !== undefined && local !== "CNY";
		const currency = bareYuan ? undefined : named ? currencies[named[1] as string] : local;
		const leftOut = (reason: string) =>
			parsed.skipped.push({ offset: line.start, text: text.original.slice(line.start, line.end), reason });
		if (row.length !== columns.length) {
			leftOut(
				`companies[${index}]: ${row.length} cells for ${columns.length} columns; target price and rating not read`,
			);
		} else {
			if (priceColumn !== -1 && price.test(cellText(priceColumn)) && currency !== undefined)
				company.targetPrice = { value: Number(cellText(priceColumn)), currency };
			else if (bareYuan)
				leftOut(
					`companies[${index}]: a target price in 元 of a ticker listed outside the mainland (CNY or ${local}?)`,
				);
			else if (priceColumn !== -1)
				leftOut(`companies[${index}]: the target price is not a number with a known currency`);
			if (ratingColumn !== -1 && ratingCell.test(cellText(ratingColumn)))
				company.rating = { zh: ratingText(original(ratingColumn)) };
			else if (ratingColumn !== -1) leftOut(`companies[${index}]: the rating column holds no rating`);
		}
		// The company of a stock note's company line, again in the table: one company, the line's price and
		// rating kept, the table's filling what the line lacks (a differing price is listed, not guessed).
		const same = parsed.companies.find((known) => known.value.tickers?.includes(ticker));
		if (same === undefined) {
			parsed.companies.push({ value: company, offset: (row[0] as Range).start });
			continue;
		}
		const known = same.value;
		if (known.targetPrice === undefined && company.targetPrice !== undefined)
			known.targetPrice = company.targetPrice;
		else if (
			company.targetPrice !== undefined &&
			(known.targetPrice?.value !== company.targetPrice.value ||
				known.targetPrice.currency !== company.targetPrice.currency)
		)
			leftOut(`companies: the table's target price of ${ticker} is not the note's`);
		if (known.rating === undefined && company.rating !== undefined) known.rating = company.rating;
	}
}
