/** The orders the list can be sorted in (`s` cycles through them); by date is newest first. */
export const sortOrders = ["date", "broker", "sector", "title"] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Where the library view is: the list, typing its filter, typing a search, or the search's results. */
export interface LibraryState {
	mode: "list" | "filtering" | "searching" | "results";
	/** The filter line (started with `f`, as in lazygit). */
	filter: string;
	sort: SortOrder;
	/** The selected row and the top row shown, of the list and of the results. */
	list: { selected: number; top: number };
	results: { selected: number; top: number };
	query: string;
}

/** What the library view knows of itself when a key arrives. */
export interface LibraryFacts {
	rowCount: number;
	resultCount: number;
	viewport: number;
}

/** What a key does in the library view. */
export type LibraryAction =
	| { type: "type"; text: string }
	| { type: "erase" }
	| { type: "move"; by: number }
	| { type: "moveTo"; row: "first" | "last" }
	/** Scroll the rows shown (the mouse wheel), the selection kept among them. */
	| { type: "scroll"; by: number }
	/** Select a row (a click). */
	| { type: "select"; row: number }
	| { type: "search" }
	| { type: "filter" }
	| { type: "sort" }
	| { type: "submit" }
	| { type: "escape" };

/** Returns the state the library opens in. */
export function initialLibraryState(): LibraryState {
	return {
		mode: "list",
		filter: "",
		sort: "date",
		list: { selected: 0, top: 0 },
		results: { selected: 0, top: 0 },
		query: "",
	};
}

/** Moves a selection within `count` rows and scrolls the least needed to keep it in view. */
export function select(
	position: { selected: number; top: number },
	selected: number,
	count: number,
	viewport: number,
): { selected: number; top: number } {
	const row = Math.max(0, Math.min(count - 1, selected));
	const top = row < position.top ? row : row >= position.top + viewport ? row - viewport + 1 : position.top;
	return { selected: row, top: Math.max(0, Math.min(top, Math.max(0, count - viewport))) };
}

/**
 * The library view's reducer. In the list, `f` starts the filter line: typing edits it (the selection
 * goes back to the first row), Enter keeps it, Esc clears it. `/` starts a full-text search, Enter runs
 * it and shows its results. `s` cycles the sort order. Esc steps back: from the results to the list,
 * from a search being typed to the list, and in the list clears the filter.
 */
export function reduceLibrary(state: LibraryState, action: LibraryAction, facts: LibraryFacts): LibraryState {
	const count = state.mode === "results" ? facts.resultCount : facts.rowCount;
	const key = state.mode === "results" ? "results" : "list";
	switch (action.type) {
		case "type":
			if (state.mode === "searching") return { ...state, query: state.query + action.text };
			if (state.mode !== "filtering") return state;
			return { ...state, filter: state.filter + action.text, list: { selected: 0, top: 0 } };
		case "erase":
			if (state.mode === "searching") return { ...state, query: [...state.query].slice(0, -1).join("") };
			if (state.mode === "results") return { ...state, mode: "list" };
			if (state.mode !== "filtering") return state;
			return { ...state, filter: [...state.filter].slice(0, -1).join(""), list: { selected: 0, top: 0 } };
		case "move":
			return { ...state, [key]: select(state[key], state[key].selected + action.by, count, facts.viewport) };
		case "scroll": {
			const top = Math.max(0, Math.min(state[key].top + action.by, count - facts.viewport));
			const selected = Math.max(top, Math.min(state[key].selected, top + facts.viewport - 1));
			return { ...state, [key]: { top, selected: Math.min(selected, Math.max(0, count - 1)) } };
		}
		case "select":
			return { ...state, [key]: select(state[key], action.row, count, facts.viewport) };
		case "moveTo":
			return {
				...state,
				[key]: select(state[key], action.row === "first" ? 0 : count - 1, count, facts.viewport),
			};
		case "search":
			return { ...state, mode: "searching", query: "" };
		case "filter":
			return { ...state, mode: "filtering" };
		case "sort": {
			const sort = sortOrders[(sortOrders.indexOf(state.sort) + 1) % sortOrders.length] ?? "date";
			return { ...state, sort, list: { selected: 0, top: 0 } };
		}
		case "submit":
			if (state.mode === "filtering") return { ...state, mode: "list" };
			if (state.mode !== "searching") return state;
			return state.query.trim() === ""
				? { ...state, mode: "list" }
				: { ...state, mode: "results", results: { selected: 0, top: 0 } };
		case "escape":
			if (state.mode !== "list" && state.mode !== "filtering") return { ...state, mode: "list" };
			return { ...state, mode: "list", filter: "", list: { selected: 0, top: 0 } };
	}
}
