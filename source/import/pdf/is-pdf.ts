/**
 * Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes, where readers look for it
 * (ISO 32000 lets other bytes come before it), whatever the file is called.
 */
export function isPdf(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 1024);
	for (let index = head.indexOf(0x25); index !== -1; index = head.indexOf(0x25, index + 1)) {
		if (
			head[index + 1] === 0x50 &&
			head[index + 2] === 0x44 &&
			head[index + 3] === 0x46 &&
			head[index + 4] === 0x2d
		) {
			return true;
		}
	}
	return false;
}
