/**
 * The docs site (`npm run docs` → site/): Eleventy over docs/, with the built bundle, the demo
 * and the schemas copied in, so the site is static files that work at any path. Pages link from
 * the site's root ("/guides/theming/"); the `relative` transform turns every such address into
 * one relative to the page, so nothing depends on where the site is served from.
 */
export default function (config) {
  config.addPassthroughCopy({
    'docs/assets': 'assets',
    demo: 'demo',
    cdn: 'cdn',
    schemas: 'schemas',
    'dist/support-workforce-widgets.js': 'dist/support-workforce-widgets.js',
  });

  config.addTransform('relative', function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    const depth = this.page.url.split('/').filter(Boolean).length - (this.page.url.endsWith('/') ? 0 : 1);
    const up = depth > 0 ? '../'.repeat(depth) : './';
    return content.replace(/(\s(?:href|src|action)=")\/(?!\/)/g, `$1${up}`);
  });

  return {
    dir: { input: 'docs', output: 'site', includes: '_includes', data: '_data' },
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
