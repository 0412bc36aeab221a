// A CommonJS consumer (`"type": "commonjs"` apps, Jest's default mode, older Node servers):
// require() of each entry point given on the command line, through the package's own name.
// The package is ESM; Node 20.19+ loads it through require(esm) thanks to the exports map's
// `default` condition. Run by scripts/check-package.mjs.
'use strict';

const assert = require('node:assert/strict');

const expected = {
  'pingone-session-react': ['fetchCurrentSession', 'useCurrentSession', 'SessionPanel', 'SessionConfigError'],
  'pingone-session-react/server': ['createSessionProxy', 'createWorkerTokenSource', 'toNodeHandler'],
  'pingone-session-react/testing': ['startPingOneEmulator', 'EMULATOR_CLIENT_ID', 'EMULATOR_CLIENT_SECRET'],
};

for (const specifier of process.argv.slice(2)) {
  const mod = require(specifier);
  assert.ok(Object.keys(mod).length > 0, `require('${specifier}') gave no exports`);
  for (const name of expected[specifier] ?? []) assert.ok(mod[name] != null, `require('${specifier}').${name} is missing`);
}

// The same class objects as the ESM entry: instanceof works across both ways of loading.
const { SessionConfigError } = require('pingone-session-react');
assert.equal(new SessionConfigError('x').name, 'SessionConfigError');
console.log(`CommonJS ok: require() of ${process.argv.length - 2} entry points`);
