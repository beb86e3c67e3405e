export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/content/default-content.ts'],
  outdir: '.',
  litelement: true,
};
