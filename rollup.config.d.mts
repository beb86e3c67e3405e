import type { Options } from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';

/** Minifier settings, shared by the build and scripts/size.ts. */
export declare const terserOptions: Options;
declare const config: RollupOptions[];
export default config;

/** Lit's template minifier, as the build uses it; shared with scripts/size.ts. */
export declare const minifyTemplates: () => import('rollup').Plugin;

/** Tree-shaking settings, shared by the build and scripts/size.ts. */
export declare const treeshake: import('rollup').TreeshakingOptions;

/** Marks js-yaml's unused schemas droppable (see rollup.config.mjs); shared with scripts/size.ts. */
export declare const pureYamlSchemas: () => import('rollup').Plugin;
/** The one-file drop-in takes a module's static variant (X.static.ts) where there is one. */
export declare const allInside: () => import('rollup').Plugin;
