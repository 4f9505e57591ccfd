import type { Localized } from "../note/schema.ts";

/** The language a reader asked for: Chinese, English, or both (the original and its translation). */
export type Language = "zh" | "en" | "both";

/** Every language a reader can ask for, in the order `L` cycles through them. */
export const languages: readonly Language[] = ["en", "zh", "both"];

/** Returns the language after this one in the order `L` cycles through (en → zh → both → en). */
export function nextLanguage(language: Language): Language {
	return languages[(languages.indexOf(language) + 1) % languages.length] ?? "en";
}

/**
 * Returns the versions of a text to show in a language, one string each: for `both`, the Chinese
 * then the English; for one language, that language, or the other when the note lacks it.
 */
export function versions(text: Localized | undefined, language: Language): string[] {
	if (text === undefined) return [];
	const both = [text.zh, text.en].filter((version): version is string => version !== undefined);
	if (both[0] === both[1]) both.pop();
	if (language === "both") return both;
	const wanted = text[language];
	return wanted === undefined ? both.slice(0, 1) : [wanted];
}

/** Returns a short text in a language, the two versions joined by " / " when both are shown. */
export function localize(text: Localized | undefined, language: Language): string {
	const [first, second] = versions(text, language);
	if (first === undefined) return "";
	return second === undefined || second === first ? first : `${first} / ${second}`;
}

/**
 * Picks the language from the locale environment, as POSIX programs do: the first of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` that is set decides; a Chinese locale gives `zh`, anything else `en`.
 */
export function languageFromLocale(environment: Record<string, string | undefined>): Language {
	const locale = [environment.LC_ALL, environment.LC_MESSAGES, environment.LANG].find(
		(value) => value !== undefined && value !== "",
	);
	return locale?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
