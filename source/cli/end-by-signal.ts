const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Ends the process once a signal's handler has cleaned up, with the code a shell gives a process
 * that signal ended (128 + its number: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). Node
 * restores the terminal's modes on the way out. (No thread may be blocked for good, say opening a
 * FIFO no one writes to, or the exit would wait for it: FIFOs are opened non-blocking.)
 */
export function endBySignal(signal: NodeJS.Signals): never {
	process.exit(128 + (signalNumbers[signal] ?? 0));
}
