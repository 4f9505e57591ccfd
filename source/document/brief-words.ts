import type { Language } from "./language.ts";

/** The lists of a brief that a layout may cut. */
export type BriefList = "focus" | "figures" | "risks";

const inEnglish: Record<BriefList, [string, string]> = {
	focus: ["focus area", "focus areas"],
	figures: ["figure", "figures"],
	risks: ["risk", "risks"],
};
const inChinese: Record<BriefList, string> = { focus: "项关注重点", figures: "项数据", risks: "项风险" };

function both(zh: string, en: string, language: Language): string {
	return language === "zh" ? zh : language === "en" ? en : `${zh} / ${en}`;
}

/** Says how many items of a list a brief left out: `+6 more figures`, `另有6项数据`. */
export function leftOutText(list: BriefList, count: number, language: Language): string {
	const [one, many] = inEnglish[list];
	return both(`另有${count}${inChinese[list]}`, `+${count} more ${count === 1 ? one : many}`, language);
}

/**
 * The digest's header line: `12 notes, 2025-06-04 – 2025-06-05` (one date when both ends are the same
 * day, none when neither is known).
 */
export function digestHeader(
	count: number,
	from: string | undefined,
	to: string | undefined,
	language: Language,
) {
	const ends = [...new Set([from, to].filter((end): end is string => end !== undefined))].join(" – ");
	const en = `${count} ${count === 1 ? "note" : "notes"}${ends === "" ? "" : `, ${ends}`}`;
	return both(`${count}篇研报${ends === "" ? "" : `,${ends}`}`, en, language);
}
