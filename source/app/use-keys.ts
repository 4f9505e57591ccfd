import { type Key, useInput } from "ink";

/**
 * Like Ink's useInput, but a key at a time: typed fast or pasted, several characters arrive as one
 * input, and "/copilot" must be a search, not an unknown key.
 */
export function useKeys(handle: (input: string, key: Key) => void, isActive: boolean): void {
	useInput(
		(input, key) => {
			const characters = [...input];
			if (characters.length > 1 && !key.ctrl && !key.meta) {
				for (const character of characters) handle(character, key);
			} else handle(input, key);
		},
		{ isActive },
	);
}
