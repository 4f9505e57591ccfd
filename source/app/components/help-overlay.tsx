import type { Line } from "../../layout/line.ts";
import { pad, textWidth } from "../../text/width.ts";
import { wrapText } from "../../text/wrap.ts";
import { bindingKeys, keymap, type Mode } from "../keymap.ts";

/** Returns the help overlay's lines, made from the keymap: every key and what it does. */
export function helpLines(width: number, mode: Mode = "note"): Line[] {
	const bindings = keymap[mode];
	const keysWidth = Math.max(...bindings.map((binding) => textWidth(bindingKeys(binding)))) + 2;
	return [
		[{ text: "Keys", tone: "title" }],
		[],
		...bindings.flatMap((binding) =>
			wrapText(binding.description, Math.max(10, width - keysWidth)).map(
				(text, index): Line => [
					{ text: pad(index === 0 ? bindingKeys(binding) : "", keysWidth), tone: "label" },
					{ text },
				],
			),
		),
		[],
		[{ text: "Esc, q or ? closes this help.", tone: "dim" }],
	];
}
