import { Box, Text } from "ink";
import { type Language, localize } from "../../document/language.ts";
import type { Note } from "../../note/schema.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { truncate } from "../../text/width.ts";
import { Footer } from "../components/footer.tsx";
import { LineView } from "../components/line-view.tsx";
import { linePosition } from "../position.ts";
import type { OriginalModel } from "../reader-model.ts";
import { markRanges } from "../search.ts";
import type { Theme } from "../theme.ts";
import { wordsFor } from "../ui-words.ts";

interface OriginalViewProps {
	note: Note;
	/** The figure shown in context (an index into the note's figures). */
	figure: number;
	model: OriginalModel;
	language: Language;
	/** A line for the footer in place of the key hints (a pager that failed). */
	status: string | undefined;
	columns: number;
	rows: number;
	theme: Theme;
}

/**
 * A figure in context: the note's original text, scrolled to the figure's quote, the quote
 * highlighted as the current search match is; the note's title and the figure above it.
 */
export function OriginalView({
	note,
	figure,
	model,
	language,
	status,
	columns,
	rows,
	theme,
}: OriginalViewProps) {
	const width = Math.max(1, columns - 2);
	const { lines, quote, top, viewport, loading } = model;
	const label = localize(note.figures[figure]?.label ?? { en: "" }, language);
	const words = wordsFor(language);
	const where = loading
		? words.readingOriginal
		: quote.length === 0
			? words.quoteNotFound(label)
			: words.originalText(label);
	return (
		<Box flexDirection="column" width={columns} height={rows - 1} paddingX={1}>
			<Text bold>{truncate(foldLines(localize(note.title, language)), width)}</Text>
			<Text {...theme.dim}>{truncate(foldLines(where), width)}</Text>
			<Box flexDirection="column" height={viewport}>
				{lines.slice(top, top + viewport).map((text, index) => {
					const line = top + index;
					const ranges = quote
						.filter((part) => part.line === line)
						.map((part) => ({ start: part.start, end: part.end, current: true }));
					return (
						<LineView
							// biome-ignore lint/suspicious/noArrayIndexKey: a visible line is identified by its place on the screen.
							key={index}
							spans={markRanges([{ text }], ranges)}
							theme={theme}
							hyperlinks={false}
							width={width}
						/>
					);
				})}
			</Box>
			<Footer
				width={width}
				left={status}
				context={{ inFigures: false, breakdownTabs: false, searching: false }}
				mode="original"
				position={loading ? "" : linePosition(top, viewport, lines.length, language)}
				language={language}
				theme={theme}
			/>
		</Box>
	);
}
