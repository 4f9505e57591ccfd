const latin1 = new TextDecoder("latin1");

/**
 * Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes, where readers look for it
 * (ISO 32000 lets other bytes come before it), whatever the file is called.
 */
export function isPdf(bytes: Uint8Array): boolean {
	return latin1.decode(bytes.subarray(0, 1024)).includes("%PDF-");
}
