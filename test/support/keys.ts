/** The byte sequences a terminal sends for common keys, for a pty session or ink-testing-library's stdin. */
export const keys = {
	up: "\u001b[A",
	down: "\u001b[B",
	right: "\u001b[C",
	left: "\u001b[D",
	home: "\u001b[H",
	end: "\u001b[F",
	pageUp: "\u001b[5~",
	pageDown: "\u001b[6~",
	tab: "\t",
	shiftTab: "\u001b[Z",
	escape: "\u001b",
	enter: "\r",
	backspace: "\u007f",
	ctrlC: "\u0003",
} as const;
