const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/**
 * Ends the process by a signal once its handler has cleaned up, the way it would have ended with no
 * handler: the caller sees "killed by SIGTERM" (a shell's 143). `process.exit` is not enough, for it
 * waits for Node's threads, and one may be blocked for good opening a FIFO no one writes to.
 */
export function endBySignal(signal: NodeJS.Signals): never {
	process.removeAllListeners(signal);
	process.kill(process.pid, signal);
	// Not reached: the signal's default action ends the process first.
	process.exit(128 + (signalNumbers[signal] ?? 0));
}
