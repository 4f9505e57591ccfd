import type { Figure } from "../note/schema.ts";
import { findAmounts } from "./amounts.ts";
import { type AttributionMark, findAttributions } from "./attribution.ts";
import { againstClause, bases, basisClause, changeClause, falling, readBracketChange } from "./changes.ts";
import { capLabel, leadingNoise, qualifiers, trailingNoise, unitOf } from "./figure-words.ts";
import type { SourceText } from "./text-tools.ts";
import { findTimes, type TimeExpression } from "./time-expressions.ts";

/** A figure found in the text, without the id and pillar the draft gives it, and where it was found. */
export interface FoundFigure {
	offset: number;
	figure: Omit<Figure, "id" | "pillar">;
}

/** A number that looked like a figure but was left out, with why. */
export interface SkippedNumber {
	offset: number;
	text: string;
	reason: string;
}

// Where each sentence of a paragraph starts: after 。, ! or ?. (A regular expression matching whole
// sentences would run out of stack on a sentence of many megabytes.)
function sentenceStarts(paragraph: string): number[] {
	const starts = [0];
	for (let index = 0; index < paragraph.length - 1; index += 1) {
		const character = paragraph[index];
		if (character === "。" || character === "!" || character === "?") starts.push(index + 1);
	}
	return starts;
}

// How far before a number its label, qualifier and change words are looked for.
const lookBack = 80;

function lastIndexOfAny(text: string, characters: string, before: number, floor: number): number {
	for (let index = before - 1; index >= floor; index -= 1) {
		if (characters.includes(text[index] as string)) return index;
	}
	return floor - 1;
}

interface Working {
	figure: FoundFigure["figure"];
	offset: number;
	quoteStart: number;
	quoteEnd: number;
}

/**
 * Returns a paragraph with a PDF's line breaks taken out (a wrapped line may split a figure, even
 * 亿美\n元), in its original and folded forms, and a function from an offset in it back to the text.
 */
function unwrap(text: SourceText, start: number, end: number) {
	const folded = text.folded.slice(start, end);
	if (!folded.includes("\n")) {
		return {
			original: text.original.slice(start, end),
			paragraph: folded,
			offsetOf: (at: number) => start + at,
		};
	}
	const starts: number[] = [];
	const lengths: number[] = [];
	let at = 0;
	for (const piece of folded.split("\n")) {
		starts.push(at);
		lengths.push(piece.length);
		at += piece.length + 1;
	}
	const original = text.original.slice(start, end).split("\n").join("");
	const offsetOf = (joined: number) => {
		let skipped = 0;
		let index = 0;
		while (index < lengths.length - 1 && joined - skipped >= (lengths[index] as number)) {
			skipped += lengths[index] as number;
			index += 1;
		}
		return start + (starts[index] as number) + joined - skipped;
	};
	return { original, paragraph: folded.split("\n").join(""), offsetOf };
}

/**
 * Finds the key figures of a paragraph of Chinese financial prose: each number with a unit, read
 * into base units with its verbatim quote, the period or day its sentence names, a change stated
 * after it (同增35%, (qoq +38%), 增速比23Q4提升26pct), a qualifier (超, 约, 近, 达) and whose
 * number it is (据《…》报道, 据公司财报; the broker's own otherwise). `start` and `end` bound the
 * paragraph in the text.
 */
export function findFigures(
	text: SourceText,
	start: number,
	end: number,
	broker: string | undefined,
): { figures: FoundFigure[]; skipped: SkippedNumber[] } {
	const figures: FoundFigure[] = [];
	const skipped: SkippedNumber[] = [];
	const { original, paragraph, offsetOf } = unwrap(text, start, end);
	let lastNamed: Figure["attribution"] | undefined;
	const starts = sentenceStarts(paragraph);
	for (const [index, base] of starts.entries()) {
		const line = paragraph.slice(base, starts[index + 1] ?? paragraph.length);
		const times = findTimes(line);
		const marks = findAttributions(line);
		let consumedUntil = 0;
		let timeIndex = 0;
		let time: TimeExpression | undefined;
		let markIndex = 0;
		let mark: AttributionMark | undefined;
		let last: Working | undefined;
		let lastPercent: Working | undefined;
		const finish = (working: Working) => {
			working.figure.quote = original.slice(base + working.quoteStart, base + working.quoteEnd);
			figures.push({ offset: offsetOf(working.offset), figure: working.figure });
		};
		const pending: Working[] = [];
		for (const amount of findAmounts(line)) {
			if (amount.start < consumedUntil) continue;
			// What is said of a number is said just before it: looking no further back keeps a scan linear.
			const clauseStart =
				lastIndexOfAny(line, ",;:()", amount.start, Math.max(0, amount.start - lookBack)) + 1;
			const prefix = line.slice(clauseStart, amount.start);
			const written = original.slice(base + amount.start, base + amount.end);
			const percentLike = amount.unitWord === "%" || /pct|百分点/u.test(amount.unitWord);
			const changeUnit = amount.unitWord === "%" ? "%" : "pct-pt";
			const asChange = changeClause.exec(prefix);
			// The figure this one states the growth of, as in "资本开支443.5亿美元,同增35%".
			const grown = asChange ? last : undefined;
			if (asChange && grown && percentLike) {
				const basis = bases[(asChange[1] as string).toLowerCase()] ?? "yoy";
				const sign = falling.test(`${asChange[0]}`) ? -1 : 1;
				if (grown.figure.change === undefined) {
					grown.figure.change = { value: sign * amount.value, unit: changeUnit, basis };
					grown.quoteEnd = amount.end;
				}
				if (amount.unitWord !== "%") continue;
			}
			const against = againstClause.exec(prefix) ?? basisClause.exec(prefix);
			if (against && lastPercent && amount.unitWord !== "%" && percentLike) {
				const sign = falling.test(against[2] as string) ? -1 : 1;
				const basisWord = against[1] as string;
				const basis = bases[basisWord];
				const againstStart = prefix.indexOf(basisWord);
				lastPercent.figure.change ??=
					basis === undefined
						? {
								value: sign * amount.value,
								unit: "pct-pt",
								basis: "vs",
								against: original.slice(
									base + clauseStart + againstStart,
									base + clauseStart + againstStart + basisWord.length,
								),
							}
						: { value: sign * amount.value, unit: "pct-pt", basis };
				lastPercent.quoteEnd = amount.end;
				continue;
			}
			if (amount.unitWord !== "%" && percentLike) {
				skipped.push({
					offset: offsetOf(base + amount.start),
					text: written,
					reason: "a change with no figure before it",
				});
				continue;
			}
			if (amount.unitWord === "" && !amount.scaled) continue;

			// What the number counts: the clause before it, or, for "Phi-2(27亿参数)", the words before the bracket.
			let labelStart = clauseStart;
			let labelEnd = amount.start;
			if (!grown && prefix.trim() === "" && line[clauseStart - 1] === "(") {
				labelEnd = clauseStart - 1;
				labelStart = lastIndexOfAny(line, ",;:、(", labelEnd, Math.max(0, labelEnd - lookBack)) + 1;
			}
			const qualifierMatch = qualifiers.find(([pattern]) => pattern.test(line.slice(labelStart, labelEnd)));
			const qualifierLength = qualifierMatch
				? (qualifierMatch[0].exec(line.slice(labelStart, labelEnd)) as RegExpExecArray)[0].length
				: 0;
			const around = line.slice(amount.end, amount.end + 2) === "左右";
			const rawLabel = line.slice(labelStart, labelEnd);
			const lead = leadingNoise.exec(rawLabel)?.[0].length ?? 0;
			const tail = trailingNoise.exec(rawLabel.slice(lead))?.[0].length ?? 0;
			const label = grown
				? `${grown.figure.label.zh} ${original.slice(base + clauseStart, base + amount.start).trim()}`
				: original.slice(base + labelStart + lead, base + labelEnd - tail);
			const foldedLabel = grown ? label : line.slice(labelStart + lead, labelEnd - tail);
			const unit = unitOf(amount.unitWord, foldedLabel);
			if (unit === undefined) {
				skipped.push({
					offset: offsetOf(base + amount.start),
					text: written,
					reason: "no unit: 元, 美元, 参数, 人, 家, 户, 颗, 台 or %",
				});
				continue;
			}
			if (label.trim() === "") {
				skipped.push({
					offset: offsetOf(base + amount.start),
					text: written,
					reason: "nothing before it says what it counts",
				});
				continue;
			}
			for (
				;
				timeIndex < times.length && (times[timeIndex] as TimeExpression).end <= amount.start;
				timeIndex += 1
			) {
				if (!(times[timeIndex] as TimeExpression).comparison) time = times[timeIndex];
			}
			for (
				;
				markIndex < marks.length && (marks[markIndex] as AttributionMark).start < amount.start;
				markIndex += 1
			) {
				mark = marks[markIndex];
			}
			let attribution: Figure["attribution"] = {
				kind: "broker",
				...(broker !== undefined && { name: { zh: broker } }),
			};
			if (mark?.kind === "previous") attribution = lastNamed ?? attribution;
			else if (mark?.name) {
				attribution = {
					kind: mark.kind as Figure["attribution"]["kind"],
					name: { zh: original.slice(base + mark.name.start, base + mark.name.end) },
				};
				lastNamed = attribution;
			}
			const displayStart =
				amount.start - (qualifierLength > 0 && labelEnd === amount.start ? qualifierLength : 0);
			const displayEnd = amount.end + (around ? 2 : 0);
			const working: Working = {
				offset: base + amount.start,
				quoteStart: grown ? clauseStart : labelStart,
				quoteEnd: displayEnd,
				figure: {
					label: { zh: capLabel(label.trim()) },
					value: amount.value,
					unit,
					display: { zh: original.slice(base + displayStart, base + displayEnd).trim() },
					...(time?.period !== undefined && { period: time.period }),
					...(time?.date !== undefined && { date: time.date }),
					...((around || qualifierMatch) && { qualifier: around ? "about" : qualifierMatch?.[1] }),
					attribution,
					quote: "",
				},
			};
			// "Phi-2模型(27亿参数)": the quote takes the bracket's close with the figure in it.
			if (labelEnd < clauseStart && line[displayEnd] === ")") working.quoteEnd += 1;
			const bracket = readBracketChange(line.slice(displayEnd, displayEnd + 40));
			if (bracket) {
				working.figure.change = bracket.change;
				working.quoteEnd = displayEnd + bracket.length;
				consumedUntil = working.quoteEnd;
			}
			pending.push(working);
			last = working;
			if (unit === "%") lastPercent = working;
		}
		pending.forEach(finish);
	}
	return { figures, skipped };
}
