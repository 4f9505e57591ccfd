// PDFs written object by object, for what pdf-lib cannot make: an encrypted file, and a Chinese font
// that has no Unicode map (pdf.js must read it through its Adobe-GB1 character maps).

/** Writes a PDF of the given objects (1-based: objects[0] is object 1), with a cross-reference table. */
export function rawPdf(objects: readonly string[], trailer: string): Uint8Array {
	let body = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n";
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(Buffer.byteLength(body, "latin1"));
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = Buffer.byteLength(body, "latin1");
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(body, "latin1"));
}

function stream(content: string): string {
	return `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
}

/**
 * One page that says `lines` (an empty one leaves a line's space) in STSong-Light, a font the file
 * does not carry, through the UniGB-UCS2-H encoding: two bytes per character, its UCS-2 code, and
 * no /ToUnicode map.
 */
export function unmappedChinesePdf(lines: readonly string[]): Uint8Array {
	const hex = (text: string) =>
		Array.from(text, (character) => (character.codePointAt(0) as number).toString(16).padStart(4, "0")).join(
			"",
		);
	const content = lines
		.map((line, index) => (line === "" ? "" : `BT /F1 9 Tf 40 ${800 - index * 14} Td <${hex(line)}> Tj ET`))
		.join("\n");
	return rawPdf(
		[
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1000 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
			stream(content),
			"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
			"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>",
			"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
		],
		"/Root 1 0 R",
	);
}

/**
 * A one-page PDF whose trailer names a standard security handler (RC4, 128-bit) with a user
 * password: a reader must ask for the password before it can read anything.
 */
export function encryptedPdf(): Uint8Array {
	const filler = (byte: string) => `<${byte.repeat(32)}>`;
	return rawPdf(
		[
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
			stream("BT /F1 12 Tf 50 780 Td (secret) Tj ET"),
			`<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O ${filler("4f")} /U ${filler("55")} >>`,
		],
		"/Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
	);
}
