// meow alone, parsing one flag, bundled exactly like briefing: what the command line costs before
// briefing does anything.
import meow from "meow";

const cli = meow("Usage: meow-hello --format F", {
	importMeta: import.meta,
	flags: { format: { type: "string" } },
});
process.stdout.write(`${cli.flags.format ?? ""}\n`);
