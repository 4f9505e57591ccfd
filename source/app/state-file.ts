import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { makeFolders } from "../base/make-folders.ts";
import { type SectionId, sectionIds } from "../document/blocks.ts";
import { type Language, languages } from "../document/language.ts";
import type { Remembered } from "./resume.ts";

/** What the state file says it is, so that a file another program wrote there is not taken for one. */
const kind = "briefing reader state";
const version = 1;
// A state file is a few hundred bytes; anything much larger is not one.
const largest = 64 * 1024;

/**
 * Returns the file the reader remembers its place in: `$XDG_STATE_HOME/briefing/state.json`, or
 * `~/.local/state/briefing/state.json` when XDG_STATE_HOME is unset, empty or not absolute (as the
 * XDG Base Directory specification says to ignore a relative one).
 */
export function stateFile(environment: Record<string, string | undefined>): string {
	const xdg = environment.XDG_STATE_HOME ?? "";
	const home = environment.HOME || homedir();
	const folder = path.isAbsolute(xdg) ? xdg : path.join(home, ".local", "state");
	return path.join(folder, "briefing", "state.json");
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Returns the remembered state a parsed file holds, or undefined when it is not one briefing wrote. */
function remembered(value: unknown): Remembered | undefined {
	if (!isObject(value) || value.kind !== kind || value.version !== version) return undefined;
	if (!languages.includes(value.language as Language)) return undefined;
	const language = value.language as Language;
	if (value.note === undefined) return { language };
	const note = value.note;
	if (!isObject(note) || !isObject(note.anchor)) return undefined;
	const { heading, fraction } = note.anchor;
	const sound =
		typeof note.file === "string" &&
		note.file !== "" &&
		typeof note.id === "string" &&
		(sectionIds as readonly unknown[]).includes(note.pane) &&
		isCount(note.tab) &&
		isCount(note.figure) &&
		Number.isInteger(heading) &&
		(heading as number) >= -1 &&
		typeof fraction === "number" &&
		fraction >= 0 &&
		fraction <= 1;
	if (!sound) return undefined;
	return {
		language,
		note: {
			file: note.file as string,
			id: note.id as string,
			pane: note.pane as SectionId,
			tab: note.tab as number,
			figure: note.figure as number,
			anchor: { heading: heading as number, fraction },
		},
	};
}

/**
 * Reads the remembered state. A missing or unreadable file is nothing remembered, quietly; a file
 * that is not valid JSON, too large, or not a state briefing wrote (another version, another
 * program's) is nothing remembered with a warning (one line, for standard error), and is replaced
 * at the next save.
 */
export function readState(file: string): { state?: Remembered; warning?: string } {
	let text: string;
	try {
		text = readFileSync(file, "utf8");
	} catch {
		return {};
	}
	const ignored = { warning: `ignored ${file}: not a reader state this briefing wrote; it will be replaced` };
	if (text.length > largest) return ignored;
	try {
		const state = remembered(JSON.parse(text));
		return state === undefined ? ignored : { state };
	} catch {
		return ignored;
	}
}

/**
 * Writes the remembered state atomically (a temporary file beside it, synced, then moved into place)
 * in a folder of its own, made private when it is made. Never throws: a state that cannot be written
 * (a read-only or full disk, a file where the folder should be) is simply not remembered.
 */
export function writeState(file: string, state: Remembered): void {
	const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
	try {
		makeFolders(path.dirname(file), 0o700);
		const descriptor = openSync(temporary, "wx", 0o600);
		try {
			writeSync(descriptor, `${JSON.stringify({ kind, version, ...state }, null, "\t")}\n`);
			fsyncSync(descriptor);
		} finally {
			closeSync(descriptor);
		}
		renameSync(temporary, file);
	} catch {
		try {
			unlinkSync(temporary);
		} catch {
			// Never made, or already moved into place.
		}
	}
}
