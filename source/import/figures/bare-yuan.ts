import { foldText, isTraditional } from "../fold.ts";
import type { SourceText } from "../text-tools.ts";

/** What a bare 元 (no currency named in its sentence) may mean in a note, as {@link yuanContext} finds it. */
export interface YuanContext {
	/**
	 * The note is written in Traditional Chinese (told from its first 8,000 characters): Hong Kong and
	 * Taiwan brokers write 元 for HKD and TWD too.
	 */
	traditional: boolean;
	/**
	 * The note's own company is listed on the mainland (600001.SH, 300999 CH where the note names it):
	 * it reports and trades in CNY.
	 */
	mainlandListed: boolean;
	/** A company listed in Hong Kong is in the note's first lines (0700.HK, 2388 HK): it trades in HKD. */
	hongKongListed: boolean;
}

// The lines where a note names its company and its peers: its title, a repost's excerpt line, a first
// page's company line and stock table.
const headerLength = 1500;
const hongKongTicker = /(?<![\d.])\d{4,5}(?:\.HK|\s?HK)(?![A-Za-z])/iu;
const mainlandTicker = /(?<![\d.])[0-9]{6}(?:\.(?:SH|SZ|BJ)|\s?(?:CH|C1|SH|SZ|BJ))(?![A-Za-z])/iu;

/**
 * Returns what a bare 元 may mean in a note's text. `subject` is the text that names the note's own
 * company (its title, a repost's excerpt line, a first page's company line): a mainland ticker counts
 * only there, never in a table of peers, since it makes 元 CNY; a Hong Kong ticker anywhere in the
 * first lines makes a price per share unsure.
 */
export function yuanContext(text: SourceText, subject: string): YuanContext {
	return {
		traditional: isTraditional(text.original.slice(0, 8000)),
		mainlandListed: mainlandTicker.test(foldText(subject)),
		hongKongListed: hongKongTicker.test(text.folded.slice(0, headerLength)),
	};
}

// A currency named in the sentence (folded text): 人民币 makes a bare 元 after it CNY; any other makes it unsure.
const yuanNamed = /人民币|RMB|CNY|[¥￥]/u;
const otherNamed = /港元|港币|HK\$|HKD|美元|美金|US\$|USD|新台币|台币|NT\$|TWD|澳门元|澳门币|MOP/u;
const sentenceEnd = /[。！？!?\n]/u;

/**
 * Returns why a figure in CNY (its unit CNY or CNY/…) read from a bare 元 cannot be bound to CNY with
 * certainty, or undefined when it can: the note's company is listed on the mainland, the sentence
 * before the figure (to its quote's end) names 人民币 (or RMB, CNY, ¥) and no other currency, or the
 * note is in Simplified Chinese — except a price per share of a company listed in Hong Kong.
 * `offset` is the figure's offset in the text (UTF-16), `quote` its excerpt.
 */
export function bareYuanDoubt(
	text: SourceText,
	context: YuanContext,
	figure: { offset: number; unit: string; quote: string },
): string | undefined {
	if (context.mainlandListed || (figure.unit !== "CNY" && !figure.unit.startsWith("CNY/"))) return undefined;
	let start = figure.offset;
	while (start > 0 && !sentenceEnd.test(text.folded[start - 1] as string)) start -= 1;
	const sentence = text.folded.slice(start, figure.offset) + foldText(figure.quote);
	if (yuanNamed.test(sentence) && !otherNamed.test(sentence)) return undefined;
	if (context.traditional)
		return "元 with no currency named, in Traditional Chinese (Hong Kong and Taiwan notes write 元 for HKD and TWD too)";
	if (context.hongKongListed && figure.unit === "CNY/股")
		return "a price per share in 元 of a company listed in Hong Kong (its shares trade in HKD)";
	return undefined;
}
