// Sentence segmenters by locale, made on first use: building one loads ICU's break rules, which only
// the commands that cut text to a sentence need.
const segmenters = new Map<string, Intl.Segmenter>();

// Abbreviations after which ICU ends a sentence that goes on: Huatai Securities Co., Ltd. ("Huatai
// Securities") publishes…; Mr. Li; No. 1; a single initial (A. Analyst).
const abbreviation =
	/(?:^|[\s(])(?:Co|Ltd|Inc|Corp|Plc|Pte|Pty|Bhd|LLC|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|vs|etc|approx|e\.g|i\.e|U\.S|U\.K|[A-Z])\.[\s"')\]]*$/u;

/**
 * Returns the first sentence of `text` by the sentence rules of `locale` (a BCP 47 tag: "en", "zh"),
 * read on past the abbreviations of company names and titles (Co., Ltd., Mr.), and whether anything
 * follows it. The sentence keeps its closing punctuation, without the spaces after it.
 */
export function firstSentence(text: string, locale: string): { sentence: string; cut: boolean } {
	let segmenter = segmenters.get(locale);
	if (segmenter === undefined) {
		segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
		segmenters.set(locale, segmenter);
	}
	let end = 0;
	for (const { segment, index } of segmenter.segment(text)) {
		end = index + segment.length;
		if (!abbreviation.test(segment)) break;
	}
	const sentence = text.slice(0, end).trimEnd();
	return { sentence, cut: text.slice(end).trim() !== "" };
}
