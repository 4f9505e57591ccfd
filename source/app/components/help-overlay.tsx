import type { Language } from "../../document/language.ts";
import type { Line } from "../../layout/line.ts";
import { pad, textWidth } from "../../text/width.ts";
import { wrapText } from "../../text/wrap.ts";
import { type Binding, keyLabel, keymap, type Mode } from "../keymap.ts";
import { keyText, wordsFor } from "../ui-words.ts";

/** Returns the help overlay's lines, made from the keymap: every key and what it does, in the reader's language. */
export function helpLines(width: number, mode: Mode = "note", language: Language = "en"): Line[] {
	const bindings = keymap[mode];
	const words = wordsFor(language);
	const keysOf = (binding: Binding) =>
		binding.label ?? binding.keys.map((key) => keyText(keyLabel(key), language)).join(" ");
	const keysWidth = Math.max(...bindings.map((binding) => textWidth(keysOf(binding)))) + 2;
	return [
		[{ text: words.keys, tone: "title" }],
		[],
		...bindings.flatMap((binding) =>
			wrapText(keyText(binding.description, language), Math.max(10, width - keysWidth)).map(
				(text, index): Line => [
					{ text: pad(index === 0 ? keysOf(binding) : "", keysWidth), tone: "label" },
					{ text },
				],
			),
		),
		[],
		[{ text: words.closesHelp, tone: "dim" }],
	];
}
