import { useInput } from "ink";
import type { ReactNode } from "react";

/**
 * Calls `onSuspend` when Ctrl-Z is pressed. In raw mode the terminal sends Ctrl-Z as a key rather
 * than stopping the program, so the reader stops itself (see run-app's suspend), like less and vim.
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
	useInput(
		(input, key) => {
			if (key.ctrl && input === "z") onSuspend();
		},
		{ isActive },
	);
	return children;
}
