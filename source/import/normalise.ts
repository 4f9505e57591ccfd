import { foldText } from "./fold.ts";
import type { Range } from "./segments.ts";

/** The text the layouts read, made from the input by deleting characters only, and the way back. */
export interface NormalText {
	/** The input with text-extraction artefacts and site chrome deleted. */
	text: string;
	/** `text` folded for matching (see `foldText`): the same length, offset for offset. */
	folded: string;
	/** What was undone, in words, for the report ("bold text printed twice"); empty if nothing. */
	repairs: string[];
	/** Returns the offset in the input of an offset in `text`. */
	inputOffset(offset: number): number;
}

// Words a PDF's text extraction may split with a space (證書編 號); matched in the folded text.
const keywords = [
	"证券研究报告",
	"执业证书编号",
	"从业证书编号",
	"证书编号",
	"执证编号",
	"分析师",
	"分析员",
	"研究员",
	"联系人",
	"投资评级",
	"目标价",
	"核心观点",
	"投资要点",
	"风险提示",
	"报告发布时间",
	"重点推荐",
	"股票名称",
	"股票代码",
];
const spacedKeyword = new RegExp(keywords.map((word) => Array.from(word).join("[ \\t]?")).join("|"), "gu");
// A date written with spaces: 2024 年 6 月 05 日.
const spacedDate = /\d{2,4}[ \t]{0,2}年[ \t]{0,2}\d{1,2}[ \t]{0,2}月(?:[ \t]{0,2}\d{1,2}[ \t]{0,2}日)?/gu;
// A line written one character at a time: 证 券 研 究 报 告.
const spacedLine = /\p{Script=Han}(?: \p{Script=Han}){3,200}(?![\p{Script=Han}\w])/gu;
// A download site's file-name line: 计算机行业:需求回暖-250605(37页).pdf.
const fileNameLine = /^[ \t]{0,20}[^\n]{1,300}\.pdf[ \t]{0,20}(?:\n|$)/gimu;
// A date whose units were printed twice: 2023年年08月月03日日.
const doubledDate = /\d{2,4}(年)年\d{1,2}(月)月(?:\d{1,2}(日)日)?/du;
// A run of words and digits, inside which a bold run printed twice shows as XX.
const run = /[\p{Script=Han}A-Za-z0-9.]{4,80}/gu;

function spacesIn(text: string, from: number, to: number, remove: Range[]): void {
	for (let index = from; index < to; index += 1) {
		if (text[index] === " " || text[index] === "\t") remove.push({ start: index, end: index + 1 });
	}
}

// The second half of a run that is one word printed twice (青岚研究青岚研究, 周沐周沐), or of each
// doubled character of a run of three or more characters printed a character at a time twice
// (宋宋南南风风; four, 明明白白, is how Chinese doubles words itself).
function doubledRuns(input: string, remove: Range[]): number {
	let count = 0;
	for (const match of input.matchAll(run)) {
		const word = match[0];
		if (word.length % 2 === 1) continue;
		const half = word.length / 2;
		let same = true;
		let paired = true;
		for (let index = 0; index < half && (same || paired); index += 1) {
			if (word.charCodeAt(index) !== word.charCodeAt(index + half)) same = false;
			if (word.charCodeAt(2 * index) !== word.charCodeAt(2 * index + 1)) paired = false;
		}
		if (same && /\p{Script=Han}/u.test(word)) {
			remove.push({ start: match.index + half, end: match.index + word.length });
			count += 1;
		} else if (paired && word.length >= 6 && /^\p{Script=Han}+$/u.test(word)) {
			for (let index = 1; index < word.length; index += 2)
				remove.push({ start: match.index + index, end: match.index + index + 1 });
			count += 1;
		}
	}
	return count;
}

/**
 * Undoes what text extraction and download sites do to a note's text, by deleting characters only,
 * so every value read from the result is still the input's own text (less some spaces and repeats):
 * a download site's `….pdf` file-name line at the top; bold text printed twice (`青岚研究青岚研究`,
 * `增持增持 (维持维持)`, `2023年年08月月03日日`; undone only when the text shows the artefact at
 * least twice, once in its first 20,000 characters, so a real reduplication such as 一步一步 is left
 * alone in text without the artefact); spaces inside dates (`2024 年 6 月 05 日`), inside the words
 * the layouts look for (`證書編 號`) and between the characters of a line written one at a time.
 * Matching folds Traditional and full-width first.
 */
export function normalise(input: string): NormalText {
	const folded = foldText(input);
	const remove: Range[] = [];
	const repairs: string[] = [];
	let dropped = 0;
	// The site puts it above the note's text.
	for (const line of folded.slice(0, 2000).matchAll(fileNameLine)) {
		remove.push({ start: line.index, end: line.index + line[0].length });
		dropped += 1;
	}
	if (dropped > 0) repairs.push("a download site's file-name line left out");
	// A first page's header is bold, so the artefact shows in the first lines if anywhere: a long
	// text without it there is not searched.
	const head = folded.slice(0, 20000);
	if (doubledRuns(head, []) > 0 || doubledDate.test(head)) {
		const doubledDates = Array.from(folded.matchAll(new RegExp(doubledDate, "dgu")));
		const before = remove.length;
		if (doubledRuns(folded, remove) + doubledDates.length >= 2) {
			for (const match of doubledDates) {
				for (const group of [1, 2, 3]) {
					const at = match.indices?.[group];
					if (at) remove.push({ start: at[1], end: at[1] + 1 });
				}
			}
			repairs.push("bold text printed twice, printed once");
		} else {
			remove.length = before;
		}
	}
	let spaced = 0;
	for (const pattern of [spacedKeyword, spacedDate, spacedLine]) {
		for (const match of folded.matchAll(pattern)) {
			if (!/[ \t]/u.test(match[0])) continue;
			spacesIn(folded, match.index, match.index + match[0].length, remove);
			spaced += 1;
		}
	}
	if (spaced > 0) repairs.push("spaces inside words joined");
	return cut(input, folded, remove, repairs);
}

// Deletes the ranges from the input; offsets map back through the kept pieces.
// Folding maps each character alone, so the folded text is cut the same way.
function cut(input: string, folded: string, remove: Range[], repairs: string[]): NormalText {
	if (remove.length === 0) return { text: input, folded, repairs, inputOffset: (offset) => offset };
	remove.sort((a, b) => a.start - b.start);
	const pieces: string[] = [];
	const foldedPieces: string[] = [];
	// Each kept piece: where it starts in the text, and in the input.
	const textStarts: number[] = [];
	const inputStarts: number[] = [];
	let from = 0;
	let length = 0;
	const keep = (to: number) => {
		if (to <= from) return;
		textStarts.push(length);
		inputStarts.push(from);
		pieces.push(input.slice(from, to));
		foldedPieces.push(folded.slice(from, to));
		length += to - from;
	};
	for (const range of remove) {
		keep(range.start);
		from = Math.max(from, range.end);
	}
	keep(input.length);
	return {
		text: pieces.join(""),
		folded: foldedPieces.join(""),
		repairs,
		inputOffset(offset) {
			let low = 0;
			let high = textStarts.length - 1;
			while (low < high) {
				const middle = (low + high + 1) >> 1;
				if ((textStarts[middle] as number) <= offset) low = middle;
				else high = middle - 1;
			}
			return (inputStarts[low] ?? 0) + offset - (textStarts[low] ?? 0);
		},
	};
}
