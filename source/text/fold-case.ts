/**
 * Folds text for matching what a person types: compatibility forms unified (full-width Ａ is A,
 * ① is 1) and lower case. The library's filters and its search fold alike, so a query finds what
 * a filter would. Lower case without the locale, so an index folds alike wherever it is built.
 */
export function foldCase(text: string): string {
	return text.normalize("NFKC").toLowerCase();
}
