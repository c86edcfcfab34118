// engine-deferred-url.ts — where the package's stridelab_engine.deferred.wasm is (a split
// engine, CMake SL_WASM_SPLIT). This source is the unsplit package's version: there is no
// such file, and a `new URL('./stridelab_engine.deferred.wasm', import.meta.url)` here would
// make consumers' bundlers fail on the missing asset. `scripts/build.sh lib` replaces the
// compiled dist-lib/engine-deferred-url.js when the build produced the deferred module.
export function deferredWasmUrl(): URL | null {
  return null;
}
