import { Text } from "ink";
import type { Language } from "../../document/language.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import { type Binding, keyLabel, keymap, type Mode } from "../keymap.ts";
import type { Theme } from "../theme.ts";
import { keyText } from "../ui-words.ts";

/** Where the reader is, for choosing which key hints apply. */
export interface FooterContext {
	inFigures: boolean;
	breakdownTabs: boolean;
	searching: boolean;
	/** Whether the note was opened from the library, so that Backspace goes back to it. */
	library?: boolean;
}

// Shown right after the hints special to a place, so that a narrow footer still has them: the way
// back (out of the original text, the help) first, then help and quit.
const essential: readonly string[] = ["close", "help", "quit"];

/** Returns the key hints that apply here, from the keymap: those special to this place first, then the way back, help and quit. */
export function hints(context: FooterContext, mode: Mode = "note"): Binding[] {
	const applies = {
		always: true,
		figures: context.inFigures,
		breakdownTabs: context.breakdownTabs,
		search: context.searching,
		library: context.library === true,
	};
	const shown = keymap[mode].filter((binding) => binding.hint !== undefined && applies[binding.hint.when]);
	const always = shown.filter((binding) => binding.hint?.when === "always");
	return [
		...shown.filter((binding) => binding.hint?.when !== "always"),
		...essential.flatMap((command) => always.filter((binding) => binding.command === command)),
		...always.filter((binding) => !essential.includes(binding.command)),
	];
}

interface FooterProps {
	width: number;
	left: string | undefined;
	/** Text shown before the key hints (when there is no `left`). */
	prefix?: string;
	context: FooterContext;
	/** The mode whose keys the hints are of. */
	mode?: Mode;
	position: string;
	/** The language the reader shows: the hints are in Chinese when it is Chinese. */
	language?: Language;
	theme: Theme;
}

/** The bottom line: a status or search line when there is one, else key hints; the position on the right. */
export function Footer({
	width,
	left,
	prefix = "",
	context,
	mode = "note",
	position,
	language = "en",
	theme,
}: FooterProps) {
	const right = position === "" ? "" : ` ${position}`;
	const text =
		left ??
		prefix +
			hints(context, mode)
				.map(
					(binding) =>
						`${binding.hint?.keys ?? binding.label ?? keyText(keyLabel(binding.keys[0] ?? ""), language)} ${keyText(binding.hint?.label ?? "", language)}`,
				)
				.join(" · ");
	const room = Math.max(0, width - textWidth(right));
	return (
		<Text {...(left === undefined ? theme.footer : {})}>
			{pad(truncate(foldLines(text), room), room)}
			<Text {...theme.footer}>{right}</Text>
		</Text>
	);
}
