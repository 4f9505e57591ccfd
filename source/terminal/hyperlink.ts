// An address briefing links: http or https, then only printable ASCII without spaces (no control
// character, no escape, no bidirectional mark can end the OSC 8 sequence early or add one of its own).
const linkable = /^https?:\/\/[\x21-\x7e]+$/i;

/** Returns whether an address may be written into an OSC 8 hyperlink: http(s), printable ASCII only. */
export function isLinkable(url: string): boolean {
	return linkable.test(url);
}

/**
 * Returns text wrapped in an OSC 8 hyperlink to `url`, or the text alone when the address is not
 * http(s) or holds anything but printable ASCII. The text is drawn as given (it is laid out already).
 */
export function hyperlink(text: string, url: string): string {
	return isLinkable(url) ? `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007` : text;
}
