// React 19 and Vue 3 for the interop tests, bundled to one ES module by web-test-runner.config.mjs
// (React ships CommonJS only). Dev dependencies: nothing here reaches the library's bundle.
export { createElement, useState } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export { createApp, h, ref, nextTick } from 'vue';
