import type { Language } from "../../document/language.ts";
import type { SourceTextProblem } from "../../load/source-text.ts";
import { textWidth } from "../../text/width.ts";
import { wordsFor } from "../ui-words.ts";

/**
 * Returns a path cut from its start to fit `width` columns, at a folder boundary (`…/sources/x.txt`),
 * the file's name always kept; undefined when even `…/name` does not fit.
 */
export function pathTail(path: string, width: number): string | undefined {
	if (textWidth(path) <= width) return path;
	for (let slash = path.indexOf("/", 1); slash !== -1; slash = path.indexOf("/", slash + 1)) {
		const tail = `…${path.slice(slash)}`;
		if (textWidth(tail) <= width) return tail;
	}
	return undefined;
}

/**
 * Returns the one line that says a note's original text cannot be read: where it should be and why,
 * in the words of a language, fitted to `room` columns where it can be: the whole path in the longer
 * wording, else in the shorter one, else the path cut from its start (the file's name kept) in the
 * shorter one. Where nothing fits, the shorter wording with the file's name, for the footer to cut.
 */
export function unreadableLine(problem: SourceTextProblem, language: Language, room: number): string {
	const words = wordsFor(language);
	const line = (path: string, short: boolean) => words.unreadableOriginal(path, problem.reason, short);
	for (const short of [false, true]) {
		const whole = line(problem.path, short);
		if (textWidth(whole) <= room) return whole;
	}
	const tail = pathTail(problem.path, room - textWidth(line("", true)));
	if (tail !== undefined) return line(tail, true);
	const name = problem.path.slice(problem.path.lastIndexOf("/") + 1);
	return line(name === problem.path ? name : `…/${name}`, true);
}
