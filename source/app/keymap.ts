import type { KeyName } from "./keys/decode-keys.ts";

/** Where the reader is, as far as keys go: each mode has its own keys. */
export type Mode =
	| "list"
	| "libraryFilter"
	| "libraryInput"
	| "results"
	| "note"
	| "noteInput"
	| "help"
	| "original";

/** Everything a key can ask the reader to do. */
export type Command =
	| "nextPane"
	| "previousPane"
	| "jumpPane"
	| "up"
	| "down"
	| "pageUp"
	| "pageDown"
	| "halfPageUp"
	| "halfPageDown"
	| "lineUp"
	| "lineDown"
	| "top"
	| "bottom"
	| "previousTab"
	| "nextTab"
	| "previousNote"
	| "nextNote"
	| "search"
	| "filter"
	| "sort"
	| "nextMatch"
	| "previousMatch"
	| "language"
	| "copy"
	| "help"
	| "open"
	| "back"
	| "close"
	| "type"
	| "erase"
	| "submit"
	| "suspend"
	| "quit"
	| "wheel"
	| "click"
	| "context"
	| "pager"
	| "copyText";

/** The name a binding uses for "any printable character" (a key's own name is that character). */
export const anyCharacter = "character";

/** Where the footer shows a binding: always, or only where it does something. */
export type HintWhen = "always" | "figures" | "breakdownTabs" | "search" | "library";

/** A binding: the keys that run a command in a mode, what the help says of it, and its footer hint. */
export interface Binding {
	command: Command;
	keys: readonly KeyName[];
	/** How the help shows the keys, where their names would say it less well (`1–6`). */
	label?: string;
	description: string;
	hint?: { when: HintWhen; label: string; keys?: string };
}

const quit: Binding = {
	command: "quit",
	keys: ["q", "ctrl-c"],
	description: "quit",
	hint: { when: "always", label: "quit" },
};
const suspend: Binding = {
	command: "suspend",
	keys: ["ctrl-z"],
	description: "suspend to the shell (fg resumes)",
};
const help: Binding = {
	command: "help",
	keys: ["?"],
	description: "help",
	hint: { when: "always", label: "help" },
};
const language: Binding = { command: "language", keys: ["L"], description: "language: en → zh → both" };
const ctrlCQuits: Binding = { ...quit, keys: ["ctrl-c"], hint: { when: "always", label: "quit" } };

/**
 * The mouse, listed with the keys so the help and the readme tell of it: `wheel` and `click` are
 * names no key press has (mouse reports are decoded apart from keys and handled by the reducer).
 */
const mouse = (click: string): Binding[] => [
	{
		command: "wheel",
		keys: ["wheel"],
		description: "scroll what is under the pointer (not with --no-mouse)",
	},
	{ command: "click", keys: ["click"], description: click },
];

/** Keys that move in a list: the arrows and paging keys, and (where letters are not typed) j and k. */
const listMoves = (letters: boolean): Binding[] => [
	{ command: "up", keys: letters ? ["up", "k"] : ["up"], description: "previous row" },
	{
		command: "down",
		keys: letters ? ["down", "j"] : ["down"],
		description: "next row",
		hint: { when: "always", label: "move", keys: "↑↓" },
	},
	{ command: "pageUp", keys: ["pageup", "ctrl-b"], description: "page up" },
	{ command: "pageDown", keys: ["pagedown", "ctrl-f"], description: "page down" },
	{ command: "halfPageUp", keys: ["ctrl-u"], description: "half a page up" },
	{ command: "halfPageDown", keys: ["ctrl-d"], description: "half a page down" },
	{ command: "top", keys: letters ? ["g", "home"] : ["home"], description: "first row" },
	{ command: "bottom", keys: letters ? ["G", "end"] : ["end"], description: "last row" },
];

/** Paging keys of a long text (a pane, the help), as in less and vim. */
const paging: Binding[] = [
	{ command: "pageUp", keys: ["pageup", "b", "ctrl-b"], description: "page up" },
	{ command: "pageDown", keys: ["pagedown", " ", "ctrl-f"], description: "page down" },
	{ command: "halfPageUp", keys: ["ctrl-u"], description: "half a page up" },
	{ command: "halfPageDown", keys: ["ctrl-d"], description: "half a page down" },
	{ command: "lineUp", keys: ["ctrl-y"], description: "scroll up a line" },
	{ command: "lineDown", keys: ["ctrl-e"], description: "scroll down a line" },
	{ command: "top", keys: ["g", "home"], description: "go to the top" },
	{ command: "bottom", keys: ["G", "end"], description: "go to the bottom" },
];

const textInput = (what: string): Binding[] => [
	{ command: "type", keys: [anyCharacter], description: `type the ${what}` },
	{ command: "erase", keys: ["backspace"], description: "erase the last character" },
	{ command: "submit", keys: ["enter"], description: "go", hint: { when: "always", label: "go" } },
	{ command: "close", keys: ["escape"], description: "cancel", hint: { when: "always", label: "cancel" } },
	ctrlCQuits,
	suspend,
];

/**
 * The one table of keys, by mode: input handling, the help overlay and the footer are all made from
 * it. A key is bound at most once in a mode (a test checks); new keys are new rows.
 */
export const keymap: Readonly<Record<Mode, readonly Binding[]>> = {
	note: [
		{ command: "nextPane", keys: ["tab", "right", "l"], description: "next pane" },
		{ command: "previousPane", keys: ["shift-tab", "left", "h"], description: "previous pane" },
		{
			command: "jumpPane",
			keys: ["1", "2", "3", "4", "5", "6"],
			label: "1–6",
			description: "jump to a pane",
			hint: { when: "always", label: "panes" },
		},
		{ command: "up", keys: ["up", "k"], description: "scroll up / previous figure" },
		{
			command: "down",
			keys: ["down", "j"],
			description: "scroll down / next figure",
			hint: { when: "always", label: "scroll" },
		},
		...paging,
		{
			command: "previousTab",
			keys: ["["],
			description: "previous pillar (narrow breakdown); elsewhere the previous note",
		},
		{
			command: "nextTab",
			keys: ["]"],
			description: "next pillar (narrow breakdown); elsewhere the next note",
			hint: { when: "breakdownTabs", label: "pillar", keys: "[ ]" },
		},
		{ command: "previousNote", keys: ["K"], description: "previous note of the library list" },
		{
			command: "nextNote",
			keys: ["J"],
			description: "next note of the library list",
			hint: { when: "library", label: "note", keys: "J K" },
		},
		{
			command: "search",
			keys: ["/"],
			description: "search the note",
			hint: { when: "always", label: "search" },
		},
		{ command: "nextMatch", keys: ["n"], description: "next match", hint: { when: "search", label: "next" } },
		{
			command: "previousMatch",
			keys: ["N"],
			description: "previous match",
			hint: { when: "search", label: "previous" },
		},
		{ ...language, hint: { when: "always", label: "language" } },
		{
			command: "copy",
			keys: ["y"],
			description: "copy the figure with its citation",
			hint: { when: "figures", label: "copy" },
		},
		{
			command: "copyText",
			keys: ["Y"],
			description: "copy the paragraph at the search match, else at the top of the pane",
		},
		{
			command: "context",
			keys: ["o"],
			description: "the selected figure in the original text, its quote highlighted",
			hint: { when: "figures", label: "in context" },
		},
		{ command: "pager", keys: ["v"], description: "the original text in $PAGER, at the figure's quote" },
		...mouse("select a figure (Key numbers) or a pane (its tab)"),
		help,
		{
			command: "back",
			keys: ["backspace"],
			description: "back to the library",
			hint: { when: "library", label: "library" },
		},
		{ command: "close", keys: ["escape"], description: "clear the search; back to the library" },
		suspend,
		{ ...quit, description: "quit (from a note opened in the library: back to it)" },
	],
	original: [
		{ command: "up", keys: ["up", "k"], description: "scroll up" },
		{
			command: "down",
			keys: ["down", "j"],
			description: "scroll down",
			hint: { when: "always", label: "scroll" },
		},
		...paging,
		{
			command: "copy",
			keys: ["y"],
			description: "copy the figure with its citation",
			hint: { when: "always", label: "copy" },
		},
		{ command: "copyText", keys: ["Y"], description: "copy the paragraph at the quote" },
		{ command: "pager", keys: ["v"], description: "the original text in $PAGER, at the quote" },
		{ command: "wheel", keys: ["wheel"], description: "scroll the text" },
		help,
		{
			command: "close",
			keys: ["o", "escape", "q"],
			description: "back to the note",
			hint: { when: "always", label: "back" },
		},
		ctrlCQuits,
		suspend,
	],
	noteInput: textInput("search"),
	help: [
		{ command: "up", keys: ["up", "k"], description: "scroll up" },
		{ command: "down", keys: ["down", "j"], description: "scroll down" },
		...paging,
		{ command: "wheel", keys: ["wheel"], description: "scroll the help" },
		{
			command: "close",
			keys: ["escape", "q", "?"],
			description: "close the help",
			hint: { when: "always", label: "close" },
		},
		ctrlCQuits,
		suspend,
	],
	list: [
		...listMoves(true),
		{
			command: "open",
			keys: ["enter"],
			description: "open the note",
			hint: { when: "always", label: "open" },
		},
		{
			command: "filter",
			keys: ["f"],
			description: "filter (broker: sector: ticker: since: until: or words)",
			hint: { when: "always", label: "filter" },
		},
		{
			command: "search",
			keys: ["/"],
			description: "search the text of every note",
			hint: { when: "always", label: "search" },
		},
		{
			command: "sort",
			keys: ["s"],
			description: "sort by date → broker → sector → title",
			hint: { when: "always", label: "sort" },
		},
		{ command: "close", keys: ["escape"], description: "clear the filter" },
		language,
		...mouse("select a note; on the selected one, open it"),
		help,
		quit,
		suspend,
	],
	libraryFilter: [
		{ command: "type", keys: [anyCharacter], description: "type the filter" },
		{ command: "erase", keys: ["backspace"], description: "erase the last character" },
		{ command: "up", keys: ["up"], description: "previous row" },
		{ command: "down", keys: ["down"], description: "next row" },
		{
			command: "submit",
			keys: ["enter"],
			description: "keep the filter",
			hint: { when: "always", label: "keep" },
		},
		{
			command: "close",
			keys: ["escape"],
			description: "clear the filter",
			hint: { when: "always", label: "clear" },
		},
		...mouse("select a note"),
		ctrlCQuits,
		suspend,
	],
	libraryInput: textInput("search"),
	results: [
		...listMoves(true),
		{
			command: "open",
			keys: ["enter"],
			description: "open the note at this match",
			hint: { when: "always", label: "open" },
		},
		{
			command: "back",
			keys: ["escape", "backspace"],
			description: "back to the list",
			hint: { when: "always", label: "back" },
		},
		language,
		{ command: "copyText", keys: ["Y"], description: "copy the selected match's line" },
		...mouse("select a match; on the selected one, open it"),
		help,
		quit,
		suspend,
	],
};

/** Returns whether a key is a printable character (typed into a text input). */
export function isCharacter(key: KeyName): boolean {
	return [...key].length === 1 && key >= " ";
}

/** Returns the binding a key press has in a mode, if any: its own key first, then "any character". */
export function bindingFor(mode: Mode, key: KeyName): Binding | undefined {
	const bindings = keymap[mode];
	return (
		bindings.find((binding) => binding.keys.includes(key)) ??
		(isCharacter(key) ? bindings.find((binding) => binding.keys.includes(anyCharacter)) : undefined)
	);
}

const keyLabels: Record<string, string> = {
	up: "↑",
	down: "↓",
	left: "←",
	right: "→",
	tab: "Tab",
	"shift-tab": "⇧Tab",
	backspace: "⌫",
	escape: "Esc",
	enter: "Enter",
	pageup: "PgUp",
	pagedown: "PgDn",
	home: "Home",
	end: "End",
	" ": "space",
	[anyCharacter]: "text",
};

/** Returns how a key is written in the help and the footer: `↑`, `Esc`, `^C`, `q`. */
export function keyLabel(key: KeyName): string {
	return keyLabels[key] ?? (key.startsWith("ctrl-") ? `^${key.slice(5).toUpperCase()}` : key);
}

/** Returns how the help writes a binding's keys: its label, or its keys' labels. */
export function bindingKeys(binding: Binding): string {
	return binding.label ?? binding.keys.map(keyLabel).join(" ");
}
