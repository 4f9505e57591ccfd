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
 * Returns the end offsets of the sentences of `text` (the last is `text.length`), in order and made
 * as they are asked for, or undefined when the text has a character outside the classes above (the
 * caller then asks ICU). Offsets are UTF-16 code units; every listed character is one unit. The rules
 * are the same for English and Chinese (ICU tailors neither); time is linear in the text's length.
 */
export function sentenceEnds(text: string): Iterable<number> | undefined {
	const classes: Class[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const kind = classOf(text.charCodeAt(index));
		if (kind === undefined) return undefined;
		classes.push(kind);
	}
	return ends(classes);
}

const isSignificant = (kind: Class | undefined) =>
	kind === "OLetter" || kind === "Upper" || kind === "Lower" || isParaSep(kind) || isSATerm(kind);

function* ends(classes: Class[]): Generator<number> {
	// The SATerm of an "SATerm Close* Sp*" that ends just before the position, if any, and its spaces.
	let term: Class | undefined;
	let spaces = 0;
	// Where SB8's look past the position stops (the next significant class), remembered for the
	// positions before it, which would look to the same place.
	let significant = -1;
	for (let index = 1; index < classes.length; index += 1) {
		const before = classes[index - 1] as Class;
		if (isSATerm(before)) {
			term = before;
			spaces = 0;
		} else if (before === "Sp" && term !== undefined) spaces += 1;
		else if (!(before === "Close" && term !== undefined && spaces === 0)) term = undefined;
		const after = classes[index] as Class;
		if (index > significant) {
			significant = index;
			while (significant < classes.length && !isSignificant(classes[significant])) significant += 1;
		}
		if (breaksBefore(classes, index, before, after, term, spaces, classes[significant])) yield index;
	}
	if (classes.length > 0) yield classes.length;
}

// Whether UAX #29 puts a sentence boundary between `before` and `after`, at `index`.
function breaksBefore(
	classes: Class[],
	index: number,
	before: Class,
	after: Class,
	term: Class | undefined,
	spaces: number,
	nextSignificant: Class | undefined,
): boolean {
	if (before === "CR" && after === "LF") return false; // SB3
	if (isParaSep(before)) return true; // SB4
	if (before === "ATerm" && after === "Numeric") return false; // SB6
	const twoBefore = classes[index - 2];
	if ((twoBefore === "Upper" || twoBefore === "Lower") && before === "ATerm" && after === "Upper")
		return false; // SB7
	if (term === undefined) return false; // SB998
	// SB8: ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower
	if (term === "ATerm" && nextSignificant === "Lower") return false;
	if (after === "SContinue" || isSATerm(after)) return false; // SB8a
	if (spaces === 0 && (after === "Close" || after === "Sp" || isParaSep(after))) return false; // SB9
	if (after === "Sp" || isParaSep(after)) return false; // SB10
	return true; // SB11
}
