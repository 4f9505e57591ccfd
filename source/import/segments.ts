/** A stretch of the text: [start, end). */
export interface Range {
	start: number;
	end: number;
}

const han = /\p{Script=Han}/u;
const sentenceEnd = /[。!?;]/u;
const opening = /[\p{Script=Han}《「“(]/u;
const closing = /[\p{Script=Han}》」”)]/u;

/**
 * Splits part of a (folded) text into paragraphs. A line break always ends one; so does a run of
 * spaces after the end of a sentence, or between two Chinese characters, which is how a WeChat
 * repost joins its paragraphs into one line ("…加速。 核心观点 微软…"). Spaces inside Latin text
 * ("Inflection CEO 穆斯塔法") do not. Returns the paragraphs' ranges, trimmed, in order.
 */
export function splitParagraphs(text: string, start: number, end: number): Range[] {
	const ranges: Range[] = [];
	let from = start;
	const push = (to: number) => {
		let s = from;
		let e = to;
		while (s < e && /\s/u.test(text[s] as string)) s += 1;
		while (e > s && /\s/u.test(text[e - 1] as string)) e -= 1;
		if (e > s) ranges.push({ start: s, end: e });
	};
	const gaps = /[ \t\u00a0]{1,1000}|\n/gu;
	gaps.lastIndex = start;
	for (let match = gaps.exec(text); match !== null && match.index < end; match = gaps.exec(text)) {
		const before = text[match.index - 1] ?? "";
		const after = text[match.index + match[0].length] ?? "";
		const boundary =
			match[0] === "\n" ||
			sentenceEnd.test(before) ||
			(closing.test(before) && opening.test(after) && (han.test(before) || han.test(after)));
		if (boundary) {
			push(Math.min(match.index, end));
			from = match.index + match[0].length;
		}
	}
	push(end);
	return ranges;
}
