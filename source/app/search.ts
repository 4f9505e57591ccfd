import type { BriefingDocument } from "../document/blocks.ts";
import type { Line } from "../layout/line.ts";
import { blockTexts, entryOfLines, searchLibrary } from "../library/search-library.ts";
import { foldCase } from "../text/fold-case.ts";
import type { BlockPlace } from "./pane-content.ts";

/** A piece of a match on one line of a pane: the line, and a range of its text. */
export interface MatchPart {
	line: number;
	start: number;
	end: number;
}

/**
 * Where a search matched: a pane, the breakdown tab (0 elsewhere), the line it starts on, and its
 * parts (one per line it spans; none where it is not drawn as text, as the title in the header).
 */
export interface Match {
	pane: number;
	tab: number;
	line: number;
	parts: MatchPart[];
}

/** A text search looks at: a pane, and the block of its section (-1 the original text, -2 the title). */
export interface SearchUnit {
	pane: number;
	block: number;
	text: string;
}

/**
 * Returns the texts of a document that search looks at, in reading order: the title, every block's
 * text (as the library's search reads a note), then the original text's lines when given.
 */
export function searchUnits(
	document: BriefingDocument,
	source: number,
	original: string | undefined,
): SearchUnit[] {
	const units: SearchUnit[] = [{ pane: 0, block: -2, text: document.title }];
	document.sections.forEach((section, pane) => {
		section.blocks.forEach((block, index) => {
			for (const text of blockTexts(block).flatMap((part) => part.split("\n")))
				if (text.trim() !== "") units.push({ pane, block: index, text });
		});
	});
	for (const text of original?.split("\n") ?? [])
		if (text.trim() !== "") units.push({ pane: source, block: -1, text });
	return units;
}

/** A place's lines joined into the text they were wrapped from (folded), each character's place kept. */
interface Joined {
	text: string;
	at: { line: number; start: number; end: number }[];
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const joinedPlaces = new WeakMap<BlockPlace, Joined>();

/** Joins a block's drawn lines: a space where wrapping took one out, nothing between CJK characters. */
function joined(place: BlockPlace): Joined {
	const cached = joinedPlaces.get(place);
	if (cached) return cached;
	let text = "";
	const at: Joined["at"] = [];
	for (const { line, offset, text: drawn } of place.lines) {
		const body = drawn.trim();
		if (body === "") continue;
		const lead = drawn.length - drawn.trimStart().length;
		if (text !== "" && !cjk.test(text.at(-1) ?? "") && !cjk.test(body[0] ?? "")) {
			text += " ";
			at.push({ line: -1, start: 0, end: 0 });
		}
		let index = 0;
		for (const character of body) {
			const start = offset + lead + index;
			for (const unit of foldCase(character)) {
				text += unit;
				at.push({ line, start, end: start + character.length });
			}
			index += character.length;
		}
	}
	const result = { text, at };
	joinedPlaces.set(place, result);
	return result;
}

/** Splits the characters from..to of a joined text into one part per line. */
function partsOf(joinedText: Joined, from: number, to: number): MatchPart[] {
	const parts: MatchPart[] = [];
	for (const place of joinedText.at.slice(from, to)) {
		if (place.line === -1) continue;
		const last = parts.at(-1);
		if (last?.line === place.line) last.end = Math.max(last.end, place.end);
		else parts.push({ line: place.line, start: place.start, end: place.end });
	}
	return parts;
}

/**
 * Finds a query in a document's text as the library's search does (case and full-width forms
 * ignored; every phrase, or failing that every word), so a note has as many matches in the reader
 * as in the library's results, whatever the width. Each match is then found on the lines its block
 * was drawn on (`placeOf`), across the lines it was wrapped over.
 */
export function findMatches(
	units: readonly SearchUnit[],
	query: string,
	placeOf: (pane: number, block: number) => { tab: number; place: BlockPlace } | undefined,
): Match[] {
	if (query.trim() === "") return [];
	const hits = searchLibrary(
		[
			entryOfLines(
				0,
				units.map((unit) => ({ section: "thesis" as const, text: unit.text })),
			),
		],
		query,
		Number.POSITIVE_INFINITY,
	);
	const matches: Match[] = [];
	const cursors = new Map<BlockPlace, number>();
	let unitIndex = 0;
	for (const hit of hits) {
		while (unitIndex < units.length && ![hit.text, foldCase(hit.text)].includes(units[unitIndex]?.text ?? ""))
			unitIndex += 1;
		const unit = units[unitIndex];
		if (unit === undefined) break;
		const found = placeOf(unit.pane, unit.block);
		const folded = foldCase(unit.text);
		for (const range of hit.ranges) {
			if (found === undefined) {
				matches.push({ pane: unit.pane, tab: 0, line: 0, parts: [] });
				continue;
			}
			const { tab, place } = found;
			const text = joined(place);
			const term = folded.slice(range.start, range.end);
			const cursor = cursors.get(place) ?? 0;
			const start = text.text.indexOf(term, cursor);
			const parts = start === -1 ? [] : partsOf(text, start, start + term.length);
			if (start !== -1) cursors.set(place, start + 1);
			matches.push({ pane: unit.pane, tab, line: parts[0]?.line ?? place.lines[0]?.line ?? 0, parts });
		}
	}
	return matches;
}

/** A span with a flag saying whether it lies inside a match. */
export type MarkedSpan = Line[number] & { marked?: "match" | "current" };

/**
 * Splits a line's spans at the edges of the given ranges, marking the parts inside them, so a
 * renderer can highlight matches without changing the text.
 */
export function markRanges(
	line: Line,
	ranges: readonly { start: number; end: number; current: boolean }[],
): MarkedSpan[] {
	if (ranges.length === 0) return line;
	const result: MarkedSpan[] = [];
	let offset = 0;
	for (const span of line) {
		const spanEnd = offset + span.text.length;
		const cuts = new Set([offset, spanEnd]);
		for (const range of ranges) {
			if (range.start > offset && range.start < spanEnd) cuts.add(range.start);
			if (range.end > offset && range.end < spanEnd) cuts.add(range.end);
		}
		const points = [...cuts].sort((a, b) => a - b);
		for (let index = 0; index < points.length - 1; index += 1) {
			const from = points[index] ?? 0;
			const to = points[index + 1] ?? 0;
			const range = ranges.find((candidate) => candidate.start <= from && candidate.end >= to);
			const part: MarkedSpan = { ...span, text: span.text.slice(from - offset, to - offset) };
			if (range) part.marked = range.current ? "current" : "match";
			result.push(part);
		}
		offset = spanEnd;
	}
	return result;
}
