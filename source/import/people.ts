import type { z } from "zod";
import type { analystSchema } from "../note/schema.ts";
import type { SourceText } from "./text-tools.ts";

/** An analyst found in the text, and where. */
export interface FoundAnalyst {
	offset: number;
	analyst: z.infer<typeof analystSchema>;
}

const roles = /分析师|研究员|联系人|研究助理/gu;
const nameAfter = /^[\s:]{0,3}(\p{Script=Han}{2,4})(?!\p{Script=Han})/u;
const nameBefore = /(?<!\p{Script=Han})(\p{Script=Han}{2,4})\s{0,2}$/u;
const sacNumber = /(?<![A-Za-z0-9])S\d{13}(?!\d)/gu;
const sfcNumber =
	/(?:SFC\s{0,2}(?:CE\s{0,2})?(?:No\.?)?\s{0,2}:?\s{0,2}|S\d{13}\s{0,2}\|\s{0,2})([A-Z]{3}\d{3})(?![A-Za-z0-9])/gu;

/**
 * Finds the analysts named in part of a (folded) text: a role (分析师, 研究员, 联系人) with a name
 * before it ("谢春生 分析师") or after it ("研究员 谢春生"), and the registration numbers that
 * follow: SAC numbers (S and 13 digits, bare or as `SAC No.`, `执业证书编号:`, `证书编号:`) and
 * SFC numbers (`SFC No. BQZ938`, or after a SAC number and a bar). A role with no registration
 * number after it is not taken to be a person, so that prose such as "分析师认为" is left alone.
 */
export function findAnalysts(text: SourceText, start: number, end: number): FoundAnalyst[] {
	const region = text.folded.slice(start, end);
	const people: { start: number; name: [number, number]; role: [number, number] }[] = [];
	for (const role of region.matchAll(roles)) {
		const roleEnd = role.index + role[0].length;
		const after = nameAfter.exec(region.slice(roleEnd, roleEnd + 10));
		const before = nameBefore.exec(region.slice(Math.max(0, role.index - 8), role.index));
		if (after) {
			const nameStart = roleEnd + after[0].length - (after[1] as string).length;
			people.push({
				start: role.index,
				name: [nameStart, nameStart + (after[1] as string).length],
				role: [role.index, roleEnd],
			});
		} else if (before) {
			const nameStart = role.index - before[0].length;
			people.push({
				start: nameStart,
				name: [nameStart, nameStart + (before[1] as string).length],
				role: [role.index, roleEnd],
			});
		}
	}
	const analysts: FoundAnalyst[] = [];
	people.forEach((person, index) => {
		const spanEnd = Math.min(people[index + 1]?.start ?? region.length, person.role[1] + 160);
		const span = region.slice(person.role[1], spanEnd);
		const registrations = [
			...[...new Set(Array.from(span.matchAll(sacNumber), (match) => match[0]))].map((number) => ({
				body: "SAC",
				number,
			})),
			...[...new Set(Array.from(span.matchAll(sfcNumber), (match) => match[1] as string))].map((number) => ({
				body: "SFC",
				number,
			})),
		];
		if (registrations.length === 0) return;
		const slice = ([from, to]: [number, number]) => text.original.slice(start + from, start + to);
		analysts.push({
			offset: start + person.start,
			analyst: { name: { zh: slice(person.name) }, role: { zh: slice(person.role) }, registrations },
		});
	});
	return analysts;
}
