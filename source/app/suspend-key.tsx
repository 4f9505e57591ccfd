import type { ReactNode } from "react";
import { bindingFor } from "./keymap.ts";
import { useKeyPresses } from "./keys/use-key-presses.ts";

/**
 * Calls `onSuspend` on the keymap's suspend key (Ctrl-Z), in the note and the library alike. In raw
 * mode the terminal sends Ctrl-Z as a key rather than stopping the program, so the reader stops
 * itself (see run-app's suspend), like less and vim.
 */
export function SuspendKey({
	onSuspend,
	isActive,
	children,
}: {
	onSuspend: () => void;
	isActive: boolean;
	children: ReactNode;
}) {
	useKeyPresses((key) => {
		if (bindingFor("note", key)?.command === "suspend") onSuspend();
	}, isActive);
	return children;
}
