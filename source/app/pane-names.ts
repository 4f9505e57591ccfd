import type { SectionId } from "../document/blocks.ts";
import { type Language, localize } from "../document/language.ts";

/**
 * The panes' short names, for a tab bar too narrow for their titles (80 columns in English): one
 * word in English, two characters (three for 分析师) in Chinese.
 */
const shortNames: Record<SectionId, { en: string; zh: string }> = {
	thesis: { en: "Thesis", zh: "观点" },
	breakdown: { en: "Breakdown", zh: "框架" },
	figures: { en: "Numbers", zh: "数据" },
	risks: { en: "Risks", zh: "风险" },
	analysts: { en: "Analysts", zh: "分析师" },
	source: { en: "Source", zh: "来源" },
};

/** Returns a pane's short name in a language (both names, Chinese first, for `both`). */
export function shortPaneName(section: SectionId, language: Language): string {
	return localize(shortNames[section], language);
}
