import { z } from "zod";
import { noteSchema } from "./schema.ts";

/** Returns the note format as a JSON Schema document, the text of `data/note.schema.json`. */
export function noteJsonSchema(): string {
	const schema = z.toJSONSchema(noteSchema, { target: "draft-2020-12", io: "input" });
	return `${JSON.stringify({ ...schema, $id: "https://www.npmjs.com/package/briefing/note.schema.json", title: "A briefing note" }, null, "\t")}\n`;
}
