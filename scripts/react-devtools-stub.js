// Ink imports react-devtools-core only when DEV=true; the bundle gets this stand-in instead.
export default { initialize() {}, connectToDevTools() {} };
