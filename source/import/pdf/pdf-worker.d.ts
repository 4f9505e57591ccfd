// pdf.js's worker module ships without types; the main module only needs to find it.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
	export const WorkerMessageHandler: unknown;
}
