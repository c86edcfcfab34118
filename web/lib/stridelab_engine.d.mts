// Type of the Emscripten ES module built from cpp/bindings (MODULARIZE, EXPORT_NAME=createEngine).
// Only engine.ts imports it; the precise shape of the module is declared there (RawEngine).
declare const createEngine: (moduleArg?: object) => Promise<unknown>;
export default createEngine;
