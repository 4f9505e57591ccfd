/** Where a sentence says its numbers come from: 据《The information》报道, 据公司财报, 据其报道. */
export interface AttributionMark {
	start: number;
	/** The kind of source, or "previous" for 据其报道 (the source the paragraph named last). */
	kind: "press" | "filings" | "earnings-call" | "previous";
	/** Where the source's name is written, when it is. */
	name?: { start: number; end: number };
}

const markPattern =
	/据(?:(?<press>《[^》\n]{1,60}》)(?:报道)?|(?<call>[^\s,;:。]{0,12}?(?:电话会议?|业绩说明会|业绩会))|(?<filings>[^\s,;:。]{0,12}?(?:财报|年报|季报|公告|招股书))|(?<again>其报道|其)|(?<reporter>[^\s,;:。]{1,20}?)报道)/dgu;

/** Finds the attribution marks of a (folded) text, in order. */
export function findAttributions(text: string): AttributionMark[] {
	const marks: AttributionMark[] = [];
	for (const match of text.matchAll(markPattern)) {
		const indices = match.indices?.groups ?? {};
		const kinds = [
			["press", indices.press],
			["earnings-call", indices.call],
			["filings", indices.filings],
			["press", indices.reporter],
		] as const;
		const found = kinds.find(([, range]) => range !== undefined);
		marks.push(
			found === undefined
				? { start: match.index, kind: "previous" }
				: {
						start: match.index,
						kind: found[0],
						name: { start: (found[1] as [number, number])[0], end: (found[1] as [number, number])[1] },
					},
		);
	}
	return marks;
}
