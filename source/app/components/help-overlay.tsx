import type { Line } from "../../layout/line.ts";
import { pad } from "../../text/width.ts";
import { wrapText } from "../../text/wrap.ts";
import { keymap } from "../keymap.ts";

/** Returns the help overlay's lines, made from the keymap: every key and what it does. */
export function helpLines(width: number): Line[] {
	const keysWidth = Math.max(...keymap.map((binding) => binding.keys.length)) + 2;
	return [
		[{ text: "Keys", tone: "title" }],
		[],
		...keymap.flatMap((binding) =>
			wrapText(binding.description, Math.max(10, width - keysWidth)).map(
				(text, index): Line => [
					{ text: pad(index === 0 ? binding.keys : "", keysWidth), tone: "label" },
					{ text },
				],
			),
		),
		[],
		[{ text: "Esc or ? closes this help.", tone: "dim" }],
	];
}
