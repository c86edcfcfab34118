// require.cjs — what `require('stridelab')` gets on a Node that cannot require() ES modules
// (before 20.19 / 22.12; newer Nodes take the package's "module-sync" condition and load the
// ES module itself). stridelab is an ES module package: this file only explains that.
'use strict';
throw new Error(
  "stridelab is an ES module package: use `import { createSession } from 'stridelab'` " +
    "(or `const { createSession } = await import('stridelab')` from CommonJS), " +
    'or Node >= 20.19 / 22.12, where require() loads ES modules.',
);
