/** For the unit tests in Node (unit.mjs): `@open-wc/testing` is chai's `expect` alone. */
export async function resolve(specifier, context, next) {
  if (specifier === '@open-wc/testing') return { url: new URL('./unit-expect.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
