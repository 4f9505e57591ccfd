import type { Language } from "../document/language.ts";
import { inputLimits } from "../load/read-input.ts";
import type { SourceTextReason } from "../load/source-text.ts";
import type { CopyResult } from "../terminal/clipboard.ts";
import type { PagerFailure } from "../terminal/pager.ts";

/**
 * The language of the reader's own words (footer, help, status): Chinese when the note is shown in
 * Chinese, else English (also for `both`, where the note's text carries both already).
 */
export type UiLanguage = "en" | "zh";

/** Returns the language of the reader's own words for the language a note is shown in. */
export function uiLanguage(language: Language): UiLanguage {
	return language === "zh" ? "zh" : "en";
}

/**
 * The Chinese of the keymap's English descriptions and footer labels, by their English text (so the
 * keymap stays one table of keys; `test/app/ui-words.test.ts` checks every text of it is here).
 */
const keyWords: Record<string, string> = {
	// Footer labels.
	quit: "退出",
	help: "帮助",
	move: "移动",
	go: "前往",
	cancel: "取消",
	panes: "窗格",
	scroll: "滚动",
	pillar: "分论点",
	note: "笔记",
	search: "搜索",
	next: "下一处",
	previous: "上一处",
	language: "语言",
	copy: "复制",
	library: "文库",
	close: "关闭",
	open: "打开",
	filter: "筛选",
	sort: "排序",
	keep: "保留",
	clear: "清除",
	back: "返回",
	"in context": "原文",
	// Descriptions.
	"next pane": "下一个窗格",
	"previous pane": "上一个窗格",
	"jump to a pane": "跳到某个窗格",
	"scroll up / previous figure": "向上滚动 / 上一项数据",
	"scroll down / next figure": "向下滚动 / 下一项数据",
	"page up": "上一页",
	"page down": "下一页",
	"half a page up": "向上半页",
	"half a page down": "向下半页",
	"scroll up a line": "向上滚动一行",
	"scroll down a line": "向下滚动一行",
	"go to the top": "到顶部",
	"go to the bottom": "到底部",
	"previous pillar (narrow breakdown); elsewhere the previous note":
		"上一个分论点(窄屏的分析框架);其他窗格为上一篇笔记",
	"next pillar (narrow breakdown); elsewhere the next note":
		"下一个分论点(窄屏的分析框架);其他窗格为下一篇笔记",
	"previous note of the library list": "文库列表中的上一篇笔记",
	"next note of the library list": "文库列表中的下一篇笔记",
	"search the note": "搜索本篇笔记",
	"next match": "下一处匹配",
	"previous match": "上一处匹配",
	"language: en → zh → both": "语言:en → zh → both",
	"copy the figure with its citation": "复制该数据及其出处",
	"back to the library": "返回文库",
	"clear the search; back to the library": "清除搜索;没有搜索时返回文库",
	"suspend to the shell (fg resumes)": "挂起到 shell(fg 恢复)",
	"quit (from a note opened in the library: back to it)": "退出(从文库打开的笔记:返回文库)",
	"type the search": "输入搜索词",
	"type the filter": "输入筛选条件",
	"erase the last character": "删除最后一个字符",
	"scroll up": "向上滚动",
	"scroll down": "向下滚动",
	"close the help": "关闭帮助",
	"previous row": "上一行",
	"next row": "下一行",
	"first row": "第一行",
	"last row": "最后一行",
	"open the note": "打开笔记",
	"filter (broker: sector: ticker: since: until: or words)":
		"筛选(broker: sector: ticker: since: until: 或关键词)",
	"search the text of every note": "搜索所有笔记的全文",
	"sort by date → broker → sector → title": "排序:日期 → 机构 → 行业 → 标题",
	"clear the filter": "清除筛选",
	"keep the filter": "保留筛选",
	"open the note at this match": "在此匹配处打开笔记",
	"back to the list": "返回列表",
	// The keys the other reader branch adds (mouse, original text, pager), ready for the merge.
	"back to the note": "返回笔记",
	"scroll the help": "滚动帮助",
	"scroll the text": "滚动原文",
	"scroll what is under the pointer (not with --no-mouse)": "滚动指针下方的内容(--no-mouse 时无效)",
	"the original text in $PAGER, at the figure's quote": "在 $PAGER 中打开原文,定位到该数据的引文",
	"the original text in $PAGER, at the quote": "在 $PAGER 中打开原文,定位到引文",
	"the selected figure in the original text, its quote highlighted": "在原文中查看所选数据,引文高亮",
	"select a figure (Key numbers) or a pane (its tab)": "选择数据(关键数据)或窗格(点击标签)",
	"select a note; on the selected one, open it": "选择笔记;再点已选的笔记则打开",
	"select a note": "选择笔记",
	"select a match; on the selected one, open it": "选择匹配;再点已选的匹配则打开",
	"copy the paragraph at the search match, else at the top of the pane":
		"复制搜索匹配处的段落,否则复制窗格顶部的段落",
	"copy the selected match's line": "复制所选匹配所在的行",
	"copy the paragraph at the quote": "复制引文所在的段落",
	// Key names.
	space: "空格",
	text: "文字",
	wheel: "滚轮",
	click: "点击",
};

/** Returns one of the keymap's texts (a description, a footer label, a key's name) in a language. */
export function keyText(text: string, language: Language): string {
	return uiLanguage(language) === "zh" ? (keyWords[text] ?? text) : text;
}

/** Returns whether a keymap text has its Chinese (for the test that keeps the two tables together). */
export function hasChinese(text: string): boolean {
	return keyWords[text] !== undefined;
}

const sortNames = {
	en: { date: "date", broker: "broker", sector: "sector", title: "title" },
	zh: { date: "日期", broker: "机构", sector: "行业", title: "标题" },
};

const limit = `${inputLimits.import / 2 ** 20} MB`;

/** Why a note's original text cannot be read (see SourceTextReason), in a few words. */
const unreadableReasons: Record<UiLanguage, Record<SourceTextReason, string>> = {
	en: {
		gone: "gone (moved or deleted)",
		denied: "permission denied",
		unreadable: "the system could not read it",
		"not a file": "not a file",
		outside: "outside the note's folder, so not read",
		"too large": `larger than ${limit}`,
		"standard input": "the note came on standard input (no folder)",
	},
	zh: {
		gone: "已不存在(被移动或删除)",
		denied: "没有读取权限",
		unreadable: "系统无法读取",
		"not a file": "不是文件",
		outside: "不在笔记所在的文件夹内,不予读取",
		"too large": `超过 ${limit}`,
		"standard input": "笔记来自标准输入(没有所在文件夹)",
	},
};

/** Why a copy went nowhere (see {@link CopyResult}). */
type CopyFailure = Extract<CopyResult, { copied: false }>;

/** The reader's own words in the footer, the help and the status line, in each language. */
export const uiWords = {
	en: {
		keys: "Keys",
		closesHelp: "Esc, q or ? closes this help.",
		all: "All",
		top: "Top",
		bottom: "Bot",
		line: (line: number, count: number) => `line ${line}/${count}`,
		figure: "figure",
		matches: (count: number) => `${count} ${count === 1 ? "match" : "matches"}`,
		typing: "Enter go · Esc cancel",
		searching: "n next · N previous · Esc clear",
		clearSearch: "Esc clear",
		noMatches: "No matches",
		noMatchesFor: (query: string) => `No matches for “${query}”`,
		copied: (via: readonly string[], text: string) => `Copied (${via.join(", ")}): ${text}`,
		nothingCopied: ({ failed, term }: CopyFailure) =>
			`Nothing copied: ${
				failed.length > 0
					? `${failed.join(" and ")} failed`
					: "no clipboard command (wl-copy, xclip, xsel, pbcopy) was found"
			}, and ${term === undefined ? "the output is no terminal" : `this terminal (TERM=${term}) takes no clipboard sequence`}`,
		nothingToCopy: "Nothing here to copy",
		selectAFigure: "Select a figure in Key numbers to see it in context",
		noOriginalText: "This note has no original text",
		noOriginalTextShort: "No original text",
		unreadableOriginal: (path: string, reason: SourceTextReason, short: boolean) =>
			`${short ? "Original text" : "Cannot read the original text"} ${path}: ${unreadableReasons.en[reason]}`,
		readingOriginal: "Reading the original text…",
		originalText: (label: string) => `Original text · “${label}”`,
		quoteNotFound: (label: string) =>
			`The original text does not hold the quote of “${label}” as written; shown from the top`,
		pagerFailed: ({ problem, pager, code, detail }: PagerFailure) =>
			(problem === "start"
				? `The pager “${pager}” could not be started`
				: problem === "exit"
					? `The pager “${pager}” ended with exit code ${code}`
					: "The original text could not be handed to the pager") + (detail ? `: ${detail}` : ""),
		lastNote: "This is the last note of the list",
		firstNote: "This is the first note of the list",
		notFromLibrary: "Not opened from a library",
		sortedBy: (sort: keyof (typeof sortNames)["en"]) => `by ${sortNames.en[sort]}`,
		noNotes: "No notes in the library",
		noNotesMatch: (filter: string) => `No notes match “${filter}”`,
		notADate: (part: string) => `${part} is not a date`,
		dates: "a date is YYYY, YYYY-MM or YYYY-MM-DD, or today, yesterday, 7d, 2w",
		searchedFor: (query: string, matches: number, notes: number) =>
			`/${query} · ${matches} ${matches === 1 ? "match" : "matches"} in ${notes} ${notes === 1 ? "note" : "notes"}`,
		notesShown: (shown: number, total: number) => `${shown} of ${total} ${total === 1 ? "note" : "notes"}`,
		libraryHint: "f filters (broker: sector: ticker: since: until: or words) · / searches the text · s sorts",
		filterLine: (filter: string) => `Filter: ${filter}`,
		searchEvery: (query: string) => `Search every note: /${query}`,
	},
	zh: {
		keys: "按键",
		closesHelp: "Esc、q 或 ? 关闭帮助。",
		all: "全部",
		top: "顶部",
		bottom: "底部",
		line: (line: number, count: number) => `第${line}/${count}行`,
		figure: "数据",
		matches: (count: number) => `${count}处匹配`,
		typing: "Enter 前往 · Esc 取消",
		searching: "n 下一处 · N 上一处 · Esc 清除",
		clearSearch: "Esc 清除",
		noMatches: "没有匹配",
		noMatchesFor: (query: string) => `没有匹配“${query}”的内容`,
		copied: (via: readonly string[], text: string) => `已复制(${via.join("、")}):${text}`,
		nothingCopied: ({ failed, term }: CopyFailure) =>
			`未复制:${
				failed.length > 0 ? `${failed.join("、")} 运行失败` : "未找到剪贴板命令(wl-copy、xclip、xsel、pbcopy)"
			},${term === undefined ? "且输出不是终端" : `且此终端(TERM=${term})不接受剪贴板序列`}`,
		nothingToCopy: "此处没有可复制的内容",
		selectAFigure: "请先在关键数据中选择一项数据,再查看其原文",
		noOriginalText: "本篇笔记没有原文",
		noOriginalTextShort: "没有原文",
		unreadableOriginal: (path: string, reason: SourceTextReason, short: boolean) =>
			`${short ? "原文" : "无法读取原文"} ${path}:${unreadableReasons.zh[reason]}`,
		readingOriginal: "正在读取原文…",
		originalText: (label: string) => `原文 · “${label}”`,
		quoteNotFound: (label: string) => `原文中没有照原样找到“${label}”的引文;从开头显示`,
		pagerFailed: ({ problem, pager, code, detail }: PagerFailure) =>
			(problem === "start"
				? `无法启动分页程序“${pager}”`
				: problem === "exit"
					? `分页程序“${pager}”以退出码 ${code} 结束`
					: "无法把原文交给分页程序") + (detail ? `:${detail}` : ""),
		lastNote: "已是列表中的最后一篇",
		firstNote: "已是列表中的第一篇",
		notFromLibrary: "本篇不是从文库打开的",
		sortedBy: (sort: keyof (typeof sortNames)["zh"]) => `按${sortNames.zh[sort]}排序`,
		noNotes: "文库中没有笔记",
		noNotesMatch: (filter: string) => `没有符合“${filter}”的笔记`,
		notADate: (part: string) => `${part} 不是日期`,
		dates: "日期写作 YYYY、YYYY-MM 或 YYYY-MM-DD,或 today、yesterday、7d、2w",
		searchedFor: (query: string, matches: number, notes: number) =>
			`/${query} · ${notes}篇笔记中${matches}处匹配`,
		notesShown: (shown: number, total: number) => `${total}篇笔记中的${shown}篇`,
		libraryHint: "f 筛选(broker: sector: ticker: since: until: 或关键词)· / 搜索全文 · s 排序",
		filterLine: (filter: string) => `筛选:${filter}`,
		searchEvery: (query: string) => `搜索所有笔记:/${query}`,
	},
} satisfies Record<UiLanguage, unknown>;

/** Returns the reader's own words in the language a note (or the library) is shown in. */
export function wordsFor(language: Language): (typeof uiWords)[UiLanguage] {
	return uiWords[uiLanguage(language)];
}
