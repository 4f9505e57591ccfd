import { Box } from "ink";
import type { Language } from "../../document/language.ts";
import type { Line } from "../../layout/line.ts";
import { linePosition } from "../position.ts";
import type { Theme } from "../theme.ts";
import { Footer } from "./footer.tsx";
import { LineView } from "./line-view.tsx";

interface HelpViewProps {
	lines: readonly Line[];
	top: number;
	viewport: number;
	columns: number;
	rows: number;
	/** The language the reader shows (the help's position and footer follow it). */
	language: Language;
	theme: Theme;
}

/** The help overlay: the keys of the mode it was opened from, scrolled to `top`, over the whole screen. */
export function HelpView({ lines, top, viewport, columns, rows, language, theme }: HelpViewProps) {
	const width = Math.max(1, columns - 2);
	const position = linePosition(top, viewport, lines.length, language);
	return (
		<Box flexDirection="column" width={columns} height={rows - 1} paddingX={1}>
			<Box flexDirection="column" height={viewport}>
				{lines.slice(top, top + viewport).map((line, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: a help line is identified by its place.
					<LineView key={index} spans={line} theme={theme} hyperlinks={false} width={width} />
				))}
			</Box>
			<Footer
				width={width}
				left={undefined}
				context={{ inFigures: false, breakdownTabs: false, searching: false }}
				mode="help"
				position={position}
				language={language}
				theme={theme}
			/>
		</Box>
	);
}
