import type { FoundAnalyst } from "./parsed-note.ts";
import { ratingCell } from "./ratings.ts";
import type { SourceText } from "./text-tools.ts";

/** An analyst found in the text, and where. */
// A role: 分析师, 分析员, 研究员, 联系人, 研究助理, alone or with a title before it (汽车首席分析师).
const roleWord = "(?:首席)?(?:分析师|分析员|研究员|联系人|研究助理)";
const role = new RegExp(`^\\p{Script=Han}{0,6}?(?:${roleWord}|首席)$`, "u");
// A name: two to four Chinese characters, or two with a space between them (周 沐).
const name = /^(?:\p{Script=Han}{2,4}|\p{Script=Han} \p{Script=Han})$/u;
// Words that make a candidate a title, a label or prose rather than a name.
const notName = /分析|研究|联系|首席|证书|编号|执业|从业|证券|报告|行业|公司|评级|免责|声明|风险|观点|团队/u;
// A registration number's label, before the number.
const labels =
	/(?:SAC|SFC)?\s{0,2}(?:执业证书编号|从业证书编号|证书编号|执证编号|登记编号|编号)?\s{0,2}(?:No\.?)?\s{0,2}:?\s{0,2}$/u;
const sacNumber = /(?<![A-Za-z0-9])S\d{13}(?!\d)/gu;
const sfcNumber =
	/(?:SFC\s{0,2}(?:CE\s{0,2})?(?:No\.?|Ref\.?)?\s{0,2}:?\s{0,2}|\|\s{0,2})([A-Z]{3}\d{3})(?![A-Za-z0-9])/gu;

function isName(cell: string): boolean {
	return name.test(cell) && !notName.test(cell) && !ratingCell.test(cell);
}

interface Registration {
	body: "SAC" | "SFC";
	number: string;
	start: number;
	end: number;
}

interface Person {
	name: [number, number];
	role?: [number, number];
}

// The cells of a line, at their offsets: the line split at separators (林知远,分析员 | 陈一禾(分析师)).
function cells(line: string, base: number): { text: string; start: number }[] {
	return Array.from(line.matchAll(/[^\s,;|:()]+(?: [^\s,;|:()])?(?=[\s,;|:()]|$)/gu), (match) => ({
		text: match[0],
		start: base + match.index,
	}));
}

/**
 * Finds the person a registration number belongs to, in the text between the previous number and
 * this one's label: a name and a role on the number's own line (`分析师:林知远 | 执业证书编号:`,
 * `林知远,分析员,SAC`, `陈一禾(分析师)证书编号:`, `研究员 林知远 SAC No.`, `周沐 从业证书编号`), or
 * on the lines just before it, one a name alone and one a role alone (`许清` / `汽车首席分析师`).
 */
function personBefore(folded: string, from: number, to: number): Person | undefined {
	const start = Math.max(from, to - 400);
	const lines: { text: string; start: number }[] = [];
	let lineStart = start;
	for (const line of folded.slice(start, to).replace(labels, "").split("\n")) {
		lines.push({ text: line, start: lineStart });
		lineStart += line.length + 1;
	}
	let person: Partial<Person> = {};
	for (const [index, line] of lines.reverse().slice(0, 3).entries()) {
		const found = cells(line.text, line.start).reverse();
		const next = { ...person };
		let taken = 0;
		for (const cell of found) {
			const span: [number, number] = [cell.start, cell.start + cell.text.length];
			if (role.test(cell.text) && next.role === undefined) next.role = span;
			else if (next.name === undefined && isName(cell.text)) next.name = span;
			else break;
			taken += 1;
			if (next.name !== undefined && next.role !== undefined) break;
		}
		// A line above the number's own counts only when it is the name or the role alone (许清 / 汽车首席分析师).
		if (index > 0 && taken < found.length) break;
		person = next;
		if (person.name !== undefined && (person.role !== undefined || taken < found.length)) break;
		if (found.length > 0 && taken === 0) break;
	}
	return person.name === undefined ? undefined : (person as Person);
}

/**
 * Finds the analysts named in part of a (folded) text, from their registration numbers: SAC
 * numbers (S and 13 digits, bare or after `SAC No.`, `执业证书编号:`, `从业证书编号`, `证书编号:`,
 * `SAC 执证编号:`) and SFC numbers (`SFC No. BQZ938`, `SFC CE Ref: AXX001`, or after a SAC number
 * and a bar). Each number belongs to the person named just before it, since the previous number
 * (see {@link personBefore}); an SFC number with no name of its own belongs to the person of the
 * number before it. A number with no name before it is left out: no name is made up, and a job
 * title (汽车首席分析师) is kept as the role, never read as a name; such a number is added to
 * `leftOut`, with why. Roles are as written; a person named without one has none.
 */
export function findAnalysts(
	text: SourceText,
	start: number,
	end: number,
	leftOut: { offset: number; text: string; reason: string }[] = [],
): FoundAnalyst[] {
	const region = text.folded.slice(start, end);
	const numbers: Registration[] = [
		...Array.from(region.matchAll(sacNumber), (match) => ({
			body: "SAC" as const,
			number: match[0],
			start: match.index,
			end: match.index + match[0].length,
		})),
		...Array.from(region.matchAll(sfcNumber), (match) => ({
			body: "SFC" as const,
			number: match[1] as string,
			start: match.index,
			end: match.index + match[0].length,
		})),
	].sort((a, b) => a.start - b.start);
	const analysts: FoundAnalyst[] = [];
	let previousEnd = 0;
	let current: FoundAnalyst | undefined;
	for (const registration of numbers) {
		const person = personBefore(region, previousEnd, registration.start);
		previousEnd = registration.end;
		if (person === undefined) {
			if (registration.body === "SFC" && current !== undefined) {
				current.analyst.registrations.push({ body: "SFC", number: registration.number });
			} else {
				current = undefined;
				leftOut.push({
					offset: start + registration.start,
					text: registration.number,
					reason: "a registration number with no name before it: no analyst made up",
				});
			}
			continue;
		}
		const slice = ([from, to]: [number, number]) => text.original.slice(start + from, start + to);
		current = {
			offset: start + Math.min(person.name[0], person.role?.[0] ?? person.name[0]),
			analyst: {
				name: { zh: slice(person.name) },
				...(person.role !== undefined && { role: { zh: slice(person.role) } }),
				registrations: [{ body: registration.body, number: registration.number }],
			},
		};
		analysts.push(current);
	}
	return analysts;
}
