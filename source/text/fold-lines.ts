/**
 * Returns text made fit for one line: every line break (CR, LF, CRLF, VT, FF, NEL, U+2028, U+2029),
 * with the blanks around it, becomes one space. For titles, labels and cells drawn on one line.
 */
export function foldLines(text: string): string {
	return /[\n\r\v\f\u0085\u2028\u2029]/.test(text)
		? text.replace(/[ \t]*[\n\r\v\f\u0085\u2028\u2029]+[ \t]*/g, " ").trim()
		: text;
}
