// Sentence segmenters by locale, made on first use: building one loads ICU's break rules (about
// 10 ms), which only the commands that cut text to a sentence need.
const segmenters = new Map<string, Intl.Segmenter>();

// Where ICU ended the sentences of a text, as far as a first sentence needed them: locale and text →
// the ends, in order. Found in this run, or remembered from an earlier one by the command layer
// (see rememberSentenceEnds), so that a run that prints the same disclaimer again builds no segmenter.
const knownEnds = new Map<string, number[]>();
const foundNow = new Set<string>();

// Abbreviations after which ICU ends a sentence that goes on: Huatai Securities Co., Ltd. ("Huatai
// Securities") publishes…; Mr. Li; No. 1; a single initial (A. Analyst).
const abbreviation =
	/(?:^|[\s(])(?:Co|Ltd|Inc|Corp|Plc|Pte|Pty|Bhd|LLC|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|vs|etc|approx|e\.g|i\.e|U\.S|U\.K|[A-Z])\.[\s"')\]]*$/u;

const keyOf = (locale: string, text: string) => `${locale}\u0000${text}`;

/** Returns the ends of ICU's sentences in `text` after `from`, one at a time. */
function* icuEnds(text: string, locale: string, from: number): Generator<number> {
	let segmenter = segmenters.get(locale);
	if (segmenter === undefined) {
		segmenter = new Intl.Segmenter(locale, { granularity: "sentence" });
		segmenters.set(locale, segmenter);
	}
	for (const { segment, index } of segmenter.segment(text)) {
		if (index + segment.length > from) yield index + segment.length;
	}
}

/**
 * Returns the first sentence of `text` by the sentence rules of `locale` (a BCP 47 tag: "en", "zh"),
 * read on past the abbreviations of company names and titles (Co., Ltd., Mr.), and whether anything
 * follows it. The sentence keeps its closing punctuation, without the spaces after it. The sentence
 * ends come from Intl.Segmenter, or from {@link rememberSentenceEnds} when they were found before.
 */
export function firstSentence(text: string, locale: string): { sentence: string; cut: boolean } {
	const key = keyOf(locale, text);
	const ends = knownEnds.get(key) ?? [];
	let icu: Generator<number> | undefined;
	let end = 0;
	for (let index = 0; ; index += 1) {
		let next = ends[index];
		if (next === undefined) {
			icu ??= icuEnds(text, locale, end);
			const step = icu.next();
			if (step.done) break;
			next = step.value;
			ends.push(next);
			knownEnds.set(key, ends);
			foundNow.add(key);
		}
		const segment = text.slice(end, next);
		end = next;
		if (!abbreviation.test(segment)) break;
	}
	const sentence = text.slice(0, end).trimEnd();
	return { sentence, cut: text.slice(end).trim() !== "" };
}

/** Sentence ends of a text in a locale: `[locale, text, ends]`, the ends rising, each at most the text's length. */
export type SentenceEnds = readonly [locale: string, text: string, ends: readonly number[]];

/**
 * Takes the sentence ends that Intl.Segmenter gave an earlier run (of the same ICU version), so
 * {@link firstSentence} need not segment those texts again. Entries whose ends are not whole numbers
 * rising within the text are ignored.
 */
export function rememberSentenceEnds(entries: Iterable<SentenceEnds>): void {
	for (const [locale, text, ends] of entries) {
		const valid = ends.every(
			(end, index) => Number.isInteger(end) && end > (ends[index - 1] ?? 0) && end <= text.length,
		);
		if (valid && !knownEnds.has(keyOf(locale, text))) knownEnds.set(keyOf(locale, text), [...ends]);
	}
}

/** Returns the sentence ends that Intl.Segmenter found in this run, to be remembered for the next. */
export function sentenceEndsFound(): SentenceEnds[] {
	return [...foundNow].map((key) => {
		const split = key.indexOf("\u0000");
		return [key.slice(0, split), key.slice(split + 1), knownEnds.get(key) ?? []] as const;
	});
}
