import { useStdin } from "ink";
import { useEffect, useRef } from "react";
import { createInputDecoder, type KeyName, type MouseInput, pendingPatience } from "./decode-keys.ts";

/**
 * Calls `handle` once per key press, in order, however the keys arrived: Ink hands over a whole
 * read (a paste, a held key) as one input, which is split here into its keys before anything acts
 * on them. Mouse reports go to `onMouse` (and never reach `handle` as keys), also when one is cut
 * across reads. Ink has already told a lone Esc apart.
 */
export function useKeyPresses(
	handle: (key: KeyName) => void,
	isActive: boolean,
	onMouse?: (mouse: MouseInput) => void,
): void {
	const { internal_eventEmitter: events, setRawMode } = useStdin();
	const latest = useRef({ handle, onMouse });
	latest.current = { handle, onMouse };
	useEffect(() => {
		if (!isActive) return;
		setRawMode(true);
		return () => setRawMode(false);
	}, [isActive, setRawMode]);
	useEffect(() => {
		if (!isActive) return;
		const decoder = createInputDecoder();
		let timer: NodeJS.Timeout | undefined;
		const onInput = (data: string) => {
			clearTimeout(timer);
			for (const input of decoder.push(data)) {
				if (input.type === "key") latest.current.handle(input.key);
				else latest.current.onMouse?.(input);
			}
			if (decoder.hasPending()) timer = setTimeout(decoder.drop, pendingPatience);
		};
		events.on("input", onInput);
		return () => {
			clearTimeout(timer);
			events.off("input", onInput);
		};
	}, [isActive, events]);
}
