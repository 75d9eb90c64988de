/**
 * The import rules of `.dependency-cruiser.cjs` over everything, tests, test support and
 * benchmarks included, except the folder rule (see there why).
 */
const shipped = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: shipped.forbidden.filter((rule) => rule.name !== 'no-folder-cycles'),
  options: {
    ...shipped.options,
    exclude: { path: ['node_modules', '/dist/', '\\.d\\.ts$'] },
  },
};
