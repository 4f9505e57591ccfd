import { useStdin } from "ink";
import { useEffect, useRef } from "react";
import { decodeKeys, type KeyName } from "./decode-keys.ts";

/**
 * Calls `handle` once per key press, in order, however the keys arrived: Ink hands over a whole
 * read (a paste, a held key) as one input, which is split here into its keys before anything acts
 * on them. Ink has already joined escape sequences cut across reads and told a lone Esc apart.
 */
export function useKeyPresses(handle: (key: KeyName) => void, isActive: boolean): void {
	const { internal_eventEmitter: events, setRawMode } = useStdin();
	const latest = useRef(handle);
	latest.current = handle;
	useEffect(() => {
		if (!isActive) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isActive, setRawMode]);
	useEffect(() => {
		if (!isActive) return;
		const onInput = (data: string) => {
			for (const key of decodeKeys(data, true).keys) latest.current(key);
		};
		events.on("input", onInput);
		return () => {
			events.off("input", onInput);
		};
	}, [isActive, events]);
}
