// Big5 bytes for a text, made by turning Node's Big5 decoder (WHATWG's, which is Big5-HKSCS) around:
// Node encodes no legacy encoding, and a test should not need iconv installed.

let table: Map<string, number[]> | undefined;

function big5Table(): Map<string, number[]> {
	if (table) return table;
	table = new Map();
	const decoder = new TextDecoder("big5");
	// The standard Big5 area first (lead 0xA1–0xF9), so a character there wins over HKSCS's copy.
	const leads = [...range(0xa1, 0xf9), ...range(0x81, 0xa0), ...range(0xfa, 0xfe)];
	for (const lead of leads)
		for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) {
			const character = decoder.decode(Uint8Array.of(lead, trail));
			if (character.length > 0 && !character.includes("\ufffd") && !table.has(character))
				table.set(character, [lead, trail]);
		}
	return table;
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

/** Returns `text` in Big5; throws on a character Big5 has not. */
export function big5(text: string): Buffer {
	const bytes: number[] = [];
	for (const character of text) {
		if (character.charCodeAt(0) < 0x80) bytes.push(character.charCodeAt(0));
		else {
			const pair = big5Table().get(character);
			if (pair === undefined) throw new Error(`not in Big5: ${character}`);
			bytes.push(...pair);
		}
	}
	return Buffer.from(bytes);
}
