/**
 * A TypeDoc plugin (loaded by `typedoc.json`) that makes `pnpm run docs` fail on an undocumented
 * property of the public API: every property of an exported interface, class or object type
 * (inline object types of properties and of method results included) needs a TSDoc comment, as
 * TypeDoc's own `notDocumented` check would ask. It leaves out the cells of the `as const` code
 * tables (`CHARGE_REASONS.AA.en`, `RULES['BR-KSA-31']`, `UI_TEXT`'s labels, …): they are members of
 * a documented constant's inferred type, data rather than API shape, and there are about 1,450 of
 * them. TypeDoc can only require a kind of reflection everywhere or nowhere, so `typedoc.json`
 * leaves `Property` out of `requiredToBeDocumented` and this check takes its place.
 *
 * @example
 * ```json
 * { "plugin": ["./scripts/typedoc-property-docs.mjs"], "validation": { "notDocumented": true } }
 * ```
 */
import { Application, ReflectionKind } from 'typedoc';

/**
 * Whether a reflection lies inside a constant's type (a code table's cell) or a parameter's (which
 * the parameter's own comment describes, as TypeDoc's check also assumes).
 */
function isExempt(reflection) {
  for (let parent = reflection.parent; parent !== undefined; parent = parent.parent) {
    if (parent.kindOf(ReflectionKind.Variable) || parent.kindOf(ReflectionKind.Parameter)) return true;
  }
  return false;
}

/**
 * TypeDoc's entry point for a plugin: checks every property when the project is validated, and
 * reports each undocumented one as a validation warning (an error under
 * `treatValidationWarningsAsErrors`).
 */
export function load(app) {
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (!app.options.getValue('validation').notDocumented) return;
    const packages = app.options.getValue('packagesRequiringDocumentation');
    for (const property of project.getReflectionsByKind(ReflectionKind.Property)) {
      if (property.hasComment() || isExempt(property)) continue;
      const symbol = project.getSymbolIdFromReflection(property);
      if (symbol === undefined || !packages.includes(symbol.packageName)) continue;
      app.logger.validationWarning(
        `${property.getFriendlyFullName()} (Property), defined in ${symbol.packageName}/${symbol.packagePath}, does not have any documentation`,
      );
    }
  });
}
