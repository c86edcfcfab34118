// errors.ts — errors raised by the JS layer itself (never Python errors: those are data,
// RunResult.error).

export function notYetSupported(what: string): Error {
  return new Error(`stridelab: ${what} is not yet supported (the virtual file system comes in a later version)`);
}
