import type { Figure } from "../note/schema.ts";

type Change = NonNullable<Figure["change"]>;

/** The words that name a change's basis, folded: 同比 and 同增 are yoy, 环比 qoq. */
export const bases: Record<string, Change["basis"]> = {
	同比: "yoy",
	同增: "yoy",
	同降: "yoy",
	yoy: "yoy",
	环比: "qoq",
	环增: "qoq",
	环降: "qoq",
	qoq: "qoq",
	mom: "mom",
};

/** Words (or a minus) that make a change a fall. */
export const falling = /同降|环降|下降|减少|下滑|降低|回落|收窄|-/u;

/** A clause that states the change of the figure before it: 同增35%, 同比增长20%, yoy -3%. */
export const changeClause =
	/^\s?(同比|环比|同增|环增|同降|环降|yoy|qoq|mom)\s?(?:增长|下降|上升|增加|减少|提升|下滑|提高|降低)?\s?([+-]?)\s?$/iu;
/** A clause that compares a growth rate with another period's: 增速比23Q4提升26pct. */
export const againstClause =
	/^\s?(?:增速|增幅|增长率|占比)?\s?(?:比|较|相比)\s?([^\s,;:]{2,10}?)\s?(提升|提高|上升|增加|扩大|下降|降低|回落|收窄|减少)\s?$/u;
/** A clause that moves a growth rate year on year or quarter on quarter: 增速同比提升5pct. */
export const basisClause =
	/^\s?(?:增速|增幅|增长率|占比)?\s?(同比|环比)\s?(提升|提高|上升|增加|扩大|下降|降低|回落|收窄|减少)\s?$/u;
// A change in brackets, the basis first or last: (qoq +38%), (同比下降3pct), (+38% qoq).
const bracketChange =
	/^\s?\(\s?(同比|环比|yoy|qoq|mom)\s?(?:增长|下降|上升|增加|减少|提升|下滑|提高|降低)?\s?([+-]?)\s?(\d{1,6}(?:\.\d{1,4})?)\s?(%|pct|个百分点|百分点)\s?\)/iu;
const bracketChangeBasisLast =
	/^\s?\(\s?([+-]?)\s?(\d{1,6}(?:\.\d{1,4})?)\s?(%|pct|个百分点|百分点)\s?(同比|环比|yoy|qoq|mom)\s?\)/iu;

/**
 * Reads a change in brackets at the start of a text, right after a figure: (qoq +38%), (同比+20%),
 * (环比下降3pct). Returns it with the length of the text it took, or undefined.
 */
export function readBracketChange(text: string): { change: Change; length: number } | undefined {
	const first = bracketChange.exec(text);
	const last = first ? undefined : bracketChangeBasisLast.exec(text);
	if (!first && !last) return undefined;
	const [whole, basisWord, sign, value, unit] = first
		? [first[0], first[1], first[2], first[3], first[4]]
		: [last?.[0], last?.[4], last?.[1], last?.[2], last?.[3]];
	const basis = bases[(basisWord as string).toLowerCase()] as Change["basis"];
	const falls =
		sign === "-" || (first !== null && falling.test((whole as string).replace(/[+-]?\s?\d.*$/u, "")));
	return {
		change: { value: (falls ? -1 : 1) * Number(value), unit: unit === "%" ? "%" : "pct-pt", basis },
		length: (whole as string).length,
	};
}
