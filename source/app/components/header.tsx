import { Box, Text } from "ink";
import type { BriefingDocument } from "../../document/blocks.ts";
import type { Language } from "../../document/language.ts";
import { fitLine } from "../../layout/fit-line.ts";
import { foldLines } from "../../text/fold-lines.ts";
import { pad, textWidth, truncate } from "../../text/width.ts";
import { wrapText } from "../../text/wrap.ts";
import { shortPaneName } from "../pane-names.ts";
import type { Theme } from "../theme.ts";

interface HeaderProps {
	document: BriefingDocument;
	language: Language;
	pane: number;
	width: number;
	theme: Theme;
}

/** Returns the lines of a document's notice at a width: none without one, else at most two. */
export function noticeLines(notice: string | undefined, width: number): string[] {
	if (notice === undefined) return [];
	const lines = wrapText(notice, width);
	return lines.length <= 2 ? lines : [lines[0] ?? "", truncate(lines.slice(1).join(" "), width)];
}

/**
 * Returns the tab bar's parts, the first that fits: every pane's number and title; the active pane's
 * title and the others' short names; every short name; numbers, with the active pane's title (or its
 * short name).
 */
export function tabLabels(
	titles: readonly string[],
	shortNames: readonly string[],
	active: number,
	width: number,
): string[] {
	const tab = (index: number, name?: string) =>
		name === undefined ? ` ${index + 1} ` : ` ${index + 1} ${name} `;
	const tries = [
		titles.map((title, index) => tab(index, title)),
		titles.map((title, index) => tab(index, index === active ? title : shortNames[index])),
		shortNames.map((name, index) => tab(index, name)),
		titles.map((title, index) => tab(index, index === active ? title : undefined)),
	];
	return (
		tries.find((labels) => textWidth(labels.join("")) <= width) ??
		shortNames.map((name, index) => tab(index, index === active ? name : undefined))
	);
}

/** Returns the tab bar as drawn: each pane's label fitted to the width, the active one in brackets. */
export function tabBar(document: BriefingDocument, language: Language, pane: number, width: number) {
	const labels = tabLabels(
		document.sections.map((section) => foldLines(section.title)),
		document.sections.map((section) => shortPaneName(section.id, language)),
		pane,
		width,
	);
	return fitLine(
		labels.map((label, index) => ({
			text: index === pane ? `[${label.trim()}]` : label,
			active: index === pane,
		})),
		width,
	);
}

/**
 * The top lines: the note's title, its facts with the language, the document's notice (dim, one or
 * two lines) when it has one, and the pane tabs.
 */
export function Header({ document, language, pane, width, theme }: HeaderProps) {
	const tag = ` [${language.toUpperCase()}]`;
	const facts = foldLines(document.header.map((row) => row.value).join(" · "));
	const tabs = tabBar(document, language, pane, width);
	return (
		<Box flexDirection="column">
			<Text bold>{truncate(foldLines(document.title), width)}</Text>
			<Text>
				<Text {...theme.dim}>{pad(truncate(facts, width - textWidth(tag)), width - textWidth(tag))}</Text>
				<Text {...theme.label}>{tag}</Text>
			</Text>
			{noticeLines(document.notice, width).map((line) => (
				<Text key={line} {...theme.dim}>
					{truncate(line, width)}
				</Text>
			))}
			<Text>
				{tabs.map((tab, index) => (
					// biome-ignore lint/suspicious/noArrayIndexKey: tabs are identified by their place.
					<Text key={index} {...(tab.active ? theme.activeTab : theme.dim)}>
						{tab.text}
					</Text>
				))}
			</Text>
		</Box>
	);
}
