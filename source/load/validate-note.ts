import type { z } from "zod";
import { BriefingError } from "../base/briefing-error.ts";
import { type Note, noteSchema } from "../note/schema.ts";
import { oneLine, sanitizeText, sanitizeValue } from "./sanitize.ts";

/** Formats a field path the way a reader writes it: `figures[3].change.unit`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let text = "";
	for (const key of path) {
		if (typeof key === "number") text += `[${key}]`;
		else text += text === "" ? String(key) : `.${String(key)}`;
	}
	return text === "" ? "(the whole note)" : text;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
	let current = value;
	for (const key of path) {
		if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

function typeName(value: unknown): string {
	if (value === null) return "null";
	// 1e309 parses to Infinity: a number, but not one a note can hold.
	if (typeof value === "number" && !Number.isFinite(value)) return String(value);
	return Array.isArray(value) ? "array" : typeof value;
}

function describeIssue(issue: z.core.$ZodIssue, actual: unknown): { path: PropertyKey[]; message: string }[] {
	switch (issue.code) {
		case "invalid_type":
			return [{ path: issue.path, message: `expected ${issue.expected}, got ${typeName(actual)}` }];
		case "unrecognized_keys":
			return issue.keys.map((key) => ({
				path: [...issue.path, key],
				message: "unexpected field (not in the note format)",
			}));
		case "invalid_format": {
			const formats: Record<string, string> = {
				date: "expected a date written YYYY-MM-DD",
				// A pattern's own message says what it allows.
				regex: issue.message,
			};
			return [{ path: issue.path, message: formats[issue.format] ?? `expected a valid ${issue.format}` }];
		}
		case "too_small":
			return [
				{
					path: issue.path,
					message:
						issue.origin === "string" ? "expected a non-empty string" : `expected at least ${issue.minimum}`,
				},
			];
		default:
			return [{ path: issue.path, message: issue.message.replace(/^Invalid option: /, "") }];
	}
}

/**
 * Returns a message with the text of the note it quotes (an id, after `got "`) on one line and cut
 * to 80 characters, and the whole message to 200.
 */
function quoteNoteText(message: string): string {
	return oneLine(
		message.replace(/"(.*)"/s, (_, quoted: string) => `"${oneLine(quoted)}"`),
		200,
	);
}

/**
 * Returns one line per problem that the schema finds in a parsed note: `file: field.path: message`,
 * the message starting "missing;" where the note has no value at that path. What the note wrote
 * (a field's name, an id) is shown on one line, cut to 80 characters: one problem is one line.
 */
export function describeIssues(error: z.ZodError, value: unknown, file: string): string[] {
	return error.issues.flatMap((issue) => {
		const actual = valueAt(value, issue.path);
		const missing = issue.code !== "unrecognized_keys" && actual === undefined;
		return describeIssue(issue, actual).map(({ path, message }) => {
			const text = missing ? `missing; ${message.replace(/, got undefined$/, "")}` : message;
			const where = formatPath(path.map((key) => (typeof key === "string" ? oneLine(key) : key)));
			return sanitizeText(`${file}: ${where}: ${quoteNoteText(text)}`);
		});
	});
}

function check(value: unknown, file: string): Note {
	const result = noteSchema.safeParse(value);
	if (!result.success) {
		throw new BriefingError(describeIssues(result.error, value, file).join("\n"), "invalid-input");
	}
	return result.data;
}

/**
 * Validates a parsed note and returns it with every string sanitized. A note that breaks the schema
 * throws a {@link BriefingError} with one line per problem. The note is checked again after
 * sanitizing, so a text made only of control characters is reported rather than shown empty; it is
 * first checked as it was written, so that sanitizing walks only what has the shape of a note
 * (never, say, 100,000 nested arrays).
 */
export function validateNote(value: unknown, file: string): Note {
	const checked = check(value, file);
	const clean = sanitizeValue(checked);
	// Text with nothing to remove comes back as it was: only a note that sanitizing changed is checked again.
	return clean === checked ? checked : check(clean, file);
}
