/**
 * Telling Big5 (Traditional Chinese) from GBK for a text briefing cannot read: both are two bytes a
 * character with lead bytes 0x81–0xFE, so either decodes much of the other. Which one the bytes are
 * is judged by what each decoding makes of them: the right one makes the characters Chinese prose
 * uses most, the wrong one rare characters, kana and symbols.
 */

// Characters that make up much of any Chinese text, and of broker notes, in Traditional and in
// Simplified forms: a text decoded in its own encoding is largely made of them.
const common = new Set(
	[
		"的一是不了在人有我他這这個个們们中來来上大為为和國国地到以說说時时要就出會会可也你對对生能而子",
		"那得於于著着下自之年過过發发後后作里用道行所然家種种事成方多經经麼么去法學学如都同現现當当沒没",
		"動动面起看定天分還还進进好小部其些主樣样理心本前開开但因只從从想實实公司億亿元增長长率收入利潤润",
		"業业務务市場场季度比營营價价格投資资評评級级買买目標标股份券研究報报告預预期持維维提風风險险新台港",
		"幣币美月日第與与額额點点產产品需求電电子科技銀银行金融造車车半導导體体銷销售毛淨净盈餘余每較较",
	].join(""),
);

// Lead bytes of the characters Hong Kong added to Big5 (HKSCS): standard Big5 has none of them.
const hkscsLead = (byte: number) => (byte >= 0x87 && byte <= 0xa0) || byte >= 0xfa;

/**
 * Returns the share of a text's Han characters that are common ones, how many those are, and
 * whether the text is Chinese at all: most of what is not ASCII Han characters or Chinese punctuation.
 */
function commonShare(text: string): { share: number; hits: number; chinese: boolean } {
	let wide = 0;
	let han = 0;
	let punctuation = 0;
	let hits = 0;
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) continue;
		wide += 1;
		if (/[，。：；！？（）《》【】「」『』“”、]/u.test(character)) punctuation += 1;
		if (!/\p{Script=Han}/u.test(character)) continue;
		han += 1;
		if (common.has(character)) hits += 1;
	}
	return { share: han === 0 ? 0 : hits / han, hits, chinese: han > 0 && han + punctuation >= wide * 0.8 };
}

/**
 * Says whether bytes that are neither UTF-8, UTF-16 nor GBK Chinese are Big5: `big5` when they
 * decode as Big5 into text far more like Chinese than their GBK decoding (`hkscs` when they use
 * Hong Kong's additions), `maybe` when they decode as Big5 but cannot be told from GBK with
 * confidence, undefined when they are not Big5.
 */
export function big5Guess(bytes: Uint8Array): "big5" | "hkscs" | "maybe" | undefined {
	let text: string;
	try {
		text = new TextDecoder("big5", { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
	const big5 = commonShare(text);
	const gbk = commonShare(new TextDecoder("gb18030").decode(bytes));
	if (!big5.chinese || big5.share < gbk.share) return undefined;
	if (big5.hits < 3 || big5.share < 0.2 || big5.share < 3 * gbk.share) return "maybe";
	for (let index = 0; index < bytes.length; index += 1) {
		const byte = bytes[index] as number;
		if (byte < 0x80) continue;
		if (hkscsLead(byte)) return "hkscs";
		index += 1;
	}
	return "big5";
}

/** Returns a file's name as a shell word: as it is when it is plain, else in single quotes. */
function shellWord(file: string): string {
	return /^[\w./-]+$/u.test(file) ? file : `'${file.replaceAll("'", "'\\''")}'`;
}

/**
 * Returns the error message for Big5 bytes (see big5Guess) that import cannot read, at `place`
 * (`file:line:column`) and byte `offset`, with the iconv command that converts the file; undefined
 * when the bytes are not Big5.
 */
export function big5Message(
	bytes: Uint8Array,
	file: string,
	place: string,
	offset: number,
): string | undefined {
	const guess = big5Guess(bytes);
	if (guess === undefined) return undefined;
	const output = file.replace(/(\.txt)?$/u, ".utf8.txt");
	const iconv = `iconv -f ${guess === "hkscs" ? "BIG5-HKSCS" : "BIG5"} -t UTF-8 ${shellWord(file)} > ${shellWord(output)}`;
	return guess === "maybe"
		? `${place}: byte ${offset} is neither UTF-8, UTF-16 nor GBK/GB18030 Chinese; if the file is Big5 (Traditional Chinese), convert it to UTF-8 first: ${iconv}`
		: `${place}: byte ${offset} starts Big5 (Traditional Chinese) text, which briefing does not read; convert it to UTF-8 first: ${iconv}`;
}
