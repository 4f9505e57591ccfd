// Sentence boundaries by the rules of Unicode's UAX #29 (SB1–SB11), for text made only of characters
// whose Sentence_Break class is listed here: ASCII, CJK ideographs and common Chinese punctuation.
// ICU gives the same boundaries (test/unit/sentence-breaks.test.ts compares them), but loading its
// data costs about 10 ms, which the printing commands would pay for a disclaimer's first sentence.

type Class =
	| "CR"
	| "LF"
	| "Sp"
	| "Lower"
	| "Upper"
	| "OLetter"
	| "Numeric"
	| "ATerm"
	| "STerm"
	| "Close"
	| "SContinue"
	| "Other";

const others: Record<number, Class> = {
	12288: "Sp",
	12290: "STerm", // 。
	65281: "STerm", // ！
	65311: "STerm", // ？
	12289: "SContinue", // 、
	65292: "SContinue", // ，
	65306: "SContinue", // ：
	65307: "SContinue", // ；
	8220: "Close", // “
	8221: "Close", // ”
	8216: "Close", // ‘
	8217: "Close", // ’
	65288: "Close", // （
	65289: "Close", // ）
	12298: "Close", // 《
	12299: "Close", // 》
	12300: "Close", // 「
	12301: "Close", // 」
	12304: "Close", // 【
	12305: "Close", // 】
};

const asciiClasses: Record<string, Class> = {
	"\t": "Sp",
	" ": "Sp",
	"\n": "LF",
	"\r": "CR",
	".": "ATerm",
	"!": "STerm",
	"?": "STerm",
	'"': "Close",
	"'": "Close",
	"(": "Close",
	")": "Close",
	"[": "Close",
	"]": "Close",
	"{": "Close",
	"}": "Close",
	",": "SContinue",
	"-": "SContinue",
	":": "SContinue",
	";": "SContinue",
};

function classOf(code: number): Class | undefined {
	if (code >= 0x61 && code <= 0x7a) return "Lower";
	if (code >= 0x41 && code <= 0x5a) return "Upper";
	if (code >= 0x30 && code <= 0x39) return "Numeric";
	if (code < 0x80)
		return asciiClasses[String.fromCharCode(code)] ?? (code > 0x20 && code < 0x7f ? "Other" : undefined);
	if (code >= 0x4e00 && code <= 0x9fff) return "OLetter";
	return others[code];
}

const isParaSep = (kind: Class | undefined) => kind === "CR" || kind === "LF";
const isSATerm = (kind: Class | undefined) => kind === "ATerm" || kind === "STerm";

/**
 * Returns the end offsets of the sentences of `text` (the last is `text.length`), or undefined when
 * the text has a character outside the classes above (the caller then asks ICU). Offsets are UTF-16
 * code units; every listed character is one unit.
 */
export function sentenceEnds(text: string): number[] | undefined {
	const classes: Class[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const kind = classOf(text.charCodeAt(index));
		if (kind === undefined) return undefined;
		classes.push(kind);
	}
	const ends: number[] = [];
	for (let index = 1; index < classes.length; index += 1) if (breaksBefore(classes, index)) ends.push(index);
	if (classes.length > 0) ends.push(classes.length);
	return ends;
}

// Whether UAX #29 puts a sentence boundary between classes[index - 1] and classes[index].
function breaksBefore(classes: Class[], index: number): boolean {
	const before = classes[index - 1];
	const after = classes[index] as Class;
	if (before === "CR" && after === "LF") return false; // SB3
	if (isParaSep(before)) return true; // SB4
	if (before === "ATerm" && after === "Numeric") return false; // SB6
	const twoBefore = classes[index - 2];
	if ((twoBefore === "Upper" || twoBefore === "Lower") && before === "ATerm" && after === "Upper")
		return false; // SB7
	// SATerm Close* Sp* before the position?
	let at = index - 1;
	while (at >= 0 && classes[at] === "Sp") at -= 1;
	const spaces = index - 1 - at;
	while (at >= 0 && classes[at] === "Close") at -= 1;
	const term = classes[at];
	if (at < 0 || !isSATerm(term)) return false; // SB998
	if (term === "ATerm") {
		// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
		let ahead = index;
		while (ahead < classes.length) {
			const kind = classes[ahead];
			if (kind === "OLetter" || kind === "Upper" || kind === "Lower" || isParaSep(kind) || isSATerm(kind))
				break;
			ahead += 1;
		}
		if (classes[ahead] === "Lower") return false;
	}
	if (after === "SContinue" || isSATerm(after)) return false; // SB8a
	if (spaces === 0 && (after === "Close" || after === "Sp" || isParaSep(after))) return false; // SB9
	if (after === "Sp" || isParaSep(after)) return false; // SB10
	return true; // SB11
}
