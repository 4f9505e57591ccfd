/**
 * Asks the terminal to report mouse presses, releases and the wheel (mode 1000) in the SGR form
 * (mode 1006: `ESC [ < b ; x ; y M`, without the legacy form's limit of 223 columns).
 */
export const mouseReportingOn = "\u001b[?1000h\u001b[?1006h";

/** Switches mouse reporting off again: the terminal's own selection and scrollback come back. */
export const mouseReportingOff = "\u001b[?1006l\u001b[?1000l";
