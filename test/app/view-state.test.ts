import { describe, expect, it } from "vitest";
import {
	type Action,
	initialState,
	reduce,
	type ViewFacts,
	type ViewState,
} from "../../source/app/view-state.ts";

const facts = (overrides: Partial<ViewFacts> = {}): ViewFacts => ({
	lineCount: 100,
	viewport: 10,
	figureRows: undefined,
	places: [],
	tabCount: 0,
	matches: [],
	...overrides,
});

const press = (command: Extract<Action, { type: "command" }>["command"], input = ""): Action => ({
	type: "command",
	command,
	input,
});

function run(
	actions: Action[],
	viewFacts: ViewFacts = facts(),
	state: ViewState = initialState("en"),
): ViewState {
	return actions.reduce((current, action) => reduce(current, action, viewFacts), state);
}

describe("panes", () => {
	it("moves to the next and previous pane, wrapping at both ends", () => {
		expect(run([press("nextPane")]).section).toBe("breakdown");
		expect(run([press("previousPane")]).section).toBe("source");
		expect(run(Array.from({ length: 6 }, () => press("nextPane"))).section).toBe("thesis");
	});

	it("jumps to a pane by its number", () => {
		expect(run([press("jumpPane", "4")]).section).toBe("risks");
		expect(run([press("jumpPane", "6")]).section).toBe("source");
	});

	it("keeps each pane's scroll position when moving away and back", () => {
		const state = run([press("pageDown"), press("nextPane"), press("previousPane")]);
		expect(state.scroll.thesis).toBe(9);
	});
});

describe("scrolling", () => {
	it("scrolls by a line, a page, and to either end, within the content", () => {
		expect(run([press("down"), press("down")]).scroll.thesis).toBe(2);
		expect(run([press("down"), press("up"), press("up")]).scroll.thesis).toBe(0);
		expect(run([press("pageDown")]).scroll.thesis).toBe(9);
		expect(run([press("bottom")]).scroll.thesis).toBe(90);
		expect(run([press("bottom"), press("down")]).scroll.thesis).toBe(90);
		expect(run([press("bottom"), press("top")]).scroll.thesis).toBe(0);
	});

	it("does not scroll content that fits the screen", () => {
		expect(run([press("pageDown"), press("down")], facts({ lineCount: 5 })).scroll.thesis).toBe(0);
	});
});

describe("the Key numbers pane", () => {
	const rows = [
		{ start: 2, end: 3 },
		{ start: 3, end: 5 },
		{ start: 5, end: 6 },
	];
	const figures = facts({ figureRows: rows, lineCount: 30, viewport: 4 });

	it("moves the selection with the arrows and scrolls to keep it in view", () => {
		const state = run([press("down"), press("down")], figures);
		expect(state.figure).toBe(2);
		expect(state.scroll.thesis).toBe(2);
		expect(run([press("down"), press("down"), press("up")], figures).figure).toBe(1);
	});

	it("scrolls past the table after the last figure, and back", () => {
		const below = run(
			Array.from({ length: 6 }, () => press("down")),
			figures,
		);
		expect(below.figure).toBe(2);
		expect(below.scroll.thesis).toBe(6);
		// The selected row is off screen: up scrolls until it shows, then moves the selection.
		const back = run([press("up")], figures, below);
		expect(back.figure).toBe(2);
		expect(back.scroll.thesis).toBe(5);
		const previous = run([press("up")], figures, back);
		expect(previous.figure).toBe(1);
		expect(previous.scroll.thesis).toBe(3);
	});

	it("goes back to the first figure with g", () => {
		const state = run([press("down"), press("down"), press("top")], figures);
		expect(state.figure).toBe(0);
		expect(state.scroll.thesis).toBe(0);
	});
});

describe("breakdown tabs", () => {
	it("cycles through pillar tabs only when there are tabs", () => {
		expect(run([press("nextTab")], facts({ tabCount: 3 })).tab).toBe(1);
		expect(run([press("previousTab")], facts({ tabCount: 3 })).tab).toBe(2);
		expect(run([press("nextTab")], facts({ tabCount: 0 })).tab).toBe(0);
	});
});

describe("search", () => {
	const matches = [
		{ pane: 0, tab: 0, line: 3, parts: [{ line: 3, start: 0, end: 2 }] },
		{ pane: 2, tab: 0, line: 40, parts: [{ line: 40, start: 5, end: 7 }] },
		{ pane: 5, tab: 0, line: 80, parts: [{ line: 80, start: 1, end: 3 }] },
	];

	it("edits the query as it is typed, a character at a time, CJK included", () => {
		const state = run([
			press("search"),
			{ type: "type", text: "微软" },
			{ type: "type", text: "x" },
			{ type: "erase" },
		]);
		expect(state.search).toEqual({ query: "微软", editing: true, match: 0 });
	});

	it("goes to the first match on Enter and through the matches with n and N, wrapping", () => {
		const found = facts({ matches });
		const submitted = run([press("search"), { type: "type", text: "ai" }, { type: "submit" }], found);
		expect(submitted.search.editing).toBe(false);
		expect(submitted.section).toBe("thesis");
		const next = run([press("nextMatch")], found, submitted);
		expect(next.section).toBe("figures");
		expect(next.search.match).toBe(1);
		expect(next.scroll.figures).toBeGreaterThan(30);
		expect(next.scroll.figures).toBeLessThanOrEqual(40);
		expect(run([press("previousMatch")], found, submitted).section).toBe("source");
	});

	it("says so when nothing matches", () => {
		const state = run([press("search"), { type: "type", text: "zzz" }, { type: "submit" }]);
		expect(state.status).toContain("No matches");
	});

	it("clears the search with Esc", () => {
		const searching = run(
			[press("search"), { type: "type", text: "a" }, { type: "submit" }],
			facts({ matches }),
		);
		expect(searching.search.query).toBe("a");
		expect(run([press("close")], facts(), searching).search.query).toBe("");
	});
});

describe("language and status", () => {
	it("cycles en → zh → both → en, keeping the scroll for the reader to map by content", () => {
		const languages = [1, 2, 3].map(
			(count) => run(Array.from({ length: count }, () => press("language"))).language,
		);
		expect(languages).toEqual(["zh", "both", "en"]);
		expect(run([press("pageDown"), press("language")]).scroll.thesis).toBe(9);
	});

	it("clears a status message at the next key", () => {
		const state = run([{ type: "status", text: "Copied" }]);
		expect(state.status).toBe("Copied");
		expect(run([press("down")], facts(), state).status).toBeUndefined();
	});
});
