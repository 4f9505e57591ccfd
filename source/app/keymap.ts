import type { Key } from "ink";

/** Everything a key can ask the reader to do. */
export type Command =
	| "nextPane"
	| "previousPane"
	| "jumpPane"
	| "up"
	| "down"
	| "pageUp"
	| "pageDown"
	| "top"
	| "bottom"
	| "previousTab"
	| "nextTab"
	| "search"
	| "nextMatch"
	| "previousMatch"
	| "language"
	| "copy"
	| "help"
	| "back"
	| "close"
	| "suspend"
	| "quit";

/** A binding: the keys that run a command, as shown in the help, and when the footer mentions it. */
export interface Binding {
	command: Command;
	keys: string;
	description: string;
	/** Where the footer shows it (always, or only where it does something), and under what short name. */
	hint?: {
		when: "always" | "figures" | "breakdownTabs" | "search" | "library";
		label: string;
		keys?: string;
	};
	matches: (input: string, key: Key) => boolean;
}

const is =
	(...inputs: string[]) =>
	(input: string) =>
		inputs.includes(input);

/** The one table of keys: input handling, the help overlay and the footer are all made from it. */
export const keymap: readonly Binding[] = [
	{
		command: "nextPane",
		keys: "Tab → l",
		description: "next pane",
		matches: (input, key) => (key.tab && !key.shift) || key.rightArrow || input === "l",
	},
	{
		command: "previousPane",
		keys: "⇧Tab ← h",
		description: "previous pane",
		matches: (input, key) => (key.tab && key.shift) || key.leftArrow || input === "h",
	},
	{
		command: "jumpPane",
		keys: "1–6",
		description: "jump to a pane",
		hint: { when: "always", label: "panes" },
		matches: (input) => /^[1-6]$/.test(input),
	},
	{
		command: "up",
		keys: "↑ k",
		description: "scroll up / previous figure",
		matches: (input, key) => key.upArrow || input === "k",
	},
	{
		command: "down",
		keys: "↓ j",
		description: "scroll down / next figure",
		hint: { when: "always", label: "scroll" },
		matches: (input, key) => key.downArrow || input === "j",
	},
	{
		command: "pageUp",
		keys: "PgUp b",
		description: "page up",
		matches: (input, key) => key.pageUp || input === "b",
	},
	{
		command: "pageDown",
		keys: "PgDn space",
		description: "page down",
		matches: (input, key) => key.pageDown || input === " ",
	},
	{
		command: "top",
		keys: "g Home",
		description: "go to the top",
		matches: (input, key) => input === "g" || key.home,
	},
	{
		command: "bottom",
		keys: "G End",
		description: "go to the bottom",
		matches: (input, key) => input === "G" || key.end,
	},
	{
		command: "previousTab",
		keys: "[",
		description: "previous pillar (narrow breakdown)",
		matches: is("["),
	},
	{
		command: "nextTab",
		keys: "]",
		description: "next pillar (narrow breakdown)",
		hint: { when: "breakdownTabs", label: "pillar", keys: "[ ]" },
		matches: is("]"),
	},
	{
		command: "search",
		keys: "/",
		description: "search the note",
		hint: { when: "always", label: "search" },
		matches: is("/"),
	},
	{
		command: "nextMatch",
		keys: "n",
		description: "next match",
		hint: { when: "search", label: "next" },
		matches: is("n"),
	},
	{
		command: "previousMatch",
		keys: "N",
		description: "previous match",
		hint: { when: "search", label: "previous" },
		matches: is("N"),
	},
	{
		command: "language",
		keys: "L",
		description: "language: en → zh → both",
		hint: { when: "always", label: "language" },
		matches: is("L"),
	},
	{
		command: "copy",
		keys: "y",
		description: "copy the figure with its citation",
		hint: { when: "figures", label: "copy" },
		matches: is("y"),
	},
	{
		command: "help",
		keys: "?",
		description: "help",
		hint: { when: "always", label: "help" },
		matches: is("?"),
	},
	{
		command: "back",
		keys: "⌫",
		description: "back to the library",
		hint: { when: "library", label: "library" },
		matches: (_input, key) => key.backspace || key.delete,
	},
	{
		command: "close",
		keys: "Esc",
		description: "close help or search; back to the library",
		matches: (_input, key) => key.escape,
	},
	{
		command: "suspend",
		keys: "^Z",
		description: "suspend to the shell (fg resumes)",
		matches: (input, key) => key.ctrl && input === "z",
	},
	{
		command: "quit",
		keys: "q ^C",
		description: "quit",
		hint: { when: "always", label: "quit" },
		matches: (input, key) => input === "q" || (key.ctrl && input === "c"),
	},
];

/** Returns the binding a key press matches, if any. */
export function bindingFor(input: string, key: Key): Binding | undefined {
	return keymap.find((binding) => binding.matches(input, key));
}
