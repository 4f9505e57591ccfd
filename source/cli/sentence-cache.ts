import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cacheFolder } from "../library/index/cache-folder.ts";
import { rememberSentenceEnds, type SentenceEnds, sentenceEndsFound } from "../text/sentences.ts";

// The sentence ends that Intl.Segmenter found for the disclaimers printed last, kept in the cache
// folder beside the library index, so that printing them again does not load ICU's sentence rules
// (about 10 ms of every printed briefing). They are ICU's own answers, kept per ICU version.
const fileName = "sentence-ends.json";
const icu = `${process.versions.icu ?? "none"}/${process.versions.unicode ?? "none"}`;
// Enough for the disclaimers of a library's brokers; a run that finds more leaves the file as it is.
const mostEntries = 64;

let remembered: SentenceEnds[] = [];

function isSentenceEnds(entry: unknown): entry is SentenceEnds {
	return (
		Array.isArray(entry) &&
		entry.length === 3 &&
		typeof entry[0] === "string" &&
		typeof entry[1] === "string" &&
		Array.isArray(entry[2]) &&
		entry[2].every((end) => typeof end === "number")
	);
}

/**
 * Reads the sentence ends an earlier run kept in the cache folder (BRIEFING_CACHE, else
 * $XDG_CACHE_HOME/briefing, else ~/.cache/briefing). A missing, unreadable or corrupt file, or one
 * written by another ICU version, is ignored.
 */
export function readSentenceEnds(environment: Readonly<Record<string, string | undefined>>): void {
	try {
		const data: unknown = JSON.parse(readFileSync(path.join(cacheFolder(environment), fileName), "utf8"));
		if (typeof data !== "object" || data === null || !("icu" in data) || data.icu !== icu) return;
		const entries = "entries" in data && Array.isArray(data.entries) ? data.entries : [];
		remembered = entries.filter(isSentenceEnds).slice(0, mostEntries);
		rememberSentenceEnds(remembered);
	} catch {
		// Nothing kept, or nothing usable: the sentences are segmented again.
	}
}

/**
 * Keeps the sentence ends Intl.Segmenter found in this run (newest first, with those read before)
 * for the next run. Written whole or not at all (a temporary file renamed); nothing is written when
 * nothing new was found, when more were found than are kept, or when the cache folder cannot be
 * written.
 */
export function keepSentenceEnds(environment: Readonly<Record<string, string | undefined>>): void {
	const found = sentenceEndsFound();
	if (found.length === 0 || found.length > mostEntries) return;
	const folder = cacheFolder(environment);
	const file = path.join(folder, fileName);
	const temporary = `${file}.${process.pid}.tmp`;
	const isNew = (entry: SentenceEnds) =>
		!found.some(([locale, text]) => locale === entry[0] && text === entry[1]);
	const entries = [...found, ...remembered.filter(isNew)].slice(0, mostEntries);
	try {
		mkdirSync(folder, { recursive: true });
		writeFileSync(temporary, JSON.stringify({ icu, entries }), { flag: "wx" });
		renameSync(temporary, file);
	} catch {
		try {
			unlinkSync(temporary);
		} catch {
			// It was never made.
		}
	}
}
