import { type ParseError, printParseErrorCode, visit } from "jsonc-parser";
import { BriefingError } from "../cli/briefing-error.ts";
import { exitCodes } from "../cli/exit-codes.ts";

// Keyed by jsonc-parser's error names: its codes are a const enum, which esbuild cannot inline.
const problems: Record<string, string> = {
	InvalidSymbol: "unexpected character",
	InvalidNumberFormat: "invalid number",
	PropertyNameExpected: "expected a property name in double quotes",
	ValueExpected: "expected a value",
	ColonExpected: "expected ':'",
	CommaExpected: "expected ','",
	CloseBraceExpected: "expected '}'",
	CloseBracketExpected: "expected ']'",
	EndOfFileExpected: "expected the end of the file",
	InvalidCommentToken: "expected JSON, which has no comments",
	UnexpectedEndOfComment: "expected JSON, which has no comments",
	UnexpectedEndOfString: "expected the string to end with '\"' on this line",
	UnexpectedEndOfNumber: "expected a digit",
	InvalidUnicode: "expected four hex digits after \\u",
	InvalidEscapeCharacter: "expected a valid escape after \\",
	InvalidCharacter: "expected no control characters inside a string",
};

/** Returns the 1-based line and column (in code points) of an offset into a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (
		let index = text.indexOf("\n");
		index !== -1 && index < offset;
		index = text.indexOf("\n", index + 1)
	) {
		line += 1;
		lineStart = index + 1;
	}
	return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

function firstProblem(text: string): ParseError | undefined {
	let first: ParseError | undefined;
	visit(
		text,
		{
			onError(error, offset, length) {
				first ??= { error, offset, length };
			},
		},
		{ disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
	);
	return first;
}

/**
 * Parses the text of a JSON file. A leading byte-order mark is allowed. Malformed JSON throws a
 * {@link BriefingError} reading `file:line:column: what was expected`.
 */
export function parseJson(text: string, file: string): unknown {
	const body = text.startsWith("\ufeff") ? text.slice(1) : text;
	if (body.trim() === "")
		throw new BriefingError(`${file}:1:1: expected a note, got an empty file`, exitCodes.dataError);
	try {
		return JSON.parse(body);
	} catch {
		const problem = firstProblem(body);
		const { line, column } = lineColumn(body, problem?.offset ?? 0);
		const message = (problem && problems[printParseErrorCode(problem.error)]) ?? "expected valid JSON";
		throw new BriefingError(`${file}:${line}:${column}: ${message}`, exitCodes.dataError);
	}
}
