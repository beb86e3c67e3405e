// Runs in Chromium: renders each widget and its static-HTML floor, timing each to layout.
import { buildPathway, parseFeed, planRoutes, renderMarkdown } from '/dist/support-workforce-widgets.js';
import { marked } from '/node_modules/marked/lib/marked.esm.js';
import { generatedFeed } from '/test/fixtures/feeds/generate.mjs';
import { generatedPathway } from '/test/fixtures/pathway/generate.mjs';
import { vanillaFeed } from './vanilla-feed.js';

const stage = document.getElementById('stage');

/** Forces style and layout, so a time includes what the reader waits for. */
function settle(node) {
  node.getBoundingClientRect();
  return document.body.offsetHeight;
}

/** Times a widget from creation to its first render laid out. */
export async function timeWidget(make) {
  stage.replaceChildren();
  const start = performance.now();
  const el = make();
  stage.append(el);
  await el.updateComplete;
  // A widget with src: wait for its content to load, parse and render.
  if (el.loadComplete) {
    await el.loadComplete;
    await el.updateComplete;
  }
  // Child widgets (cards in a list) render in the same task; wait for them too.
  await Promise.all([...el.shadowRoot.querySelectorAll('*')].map((child) => child.updateComplete));
  settle(el);
  const elapsed = performance.now() - start;
  return { elapsed, el };
}

/** The rendered widget's shadow DOM and styles, as static HTML. */
export function snapshot(el) {
  const sheets = new Set(el.shadowRoot.adoptedStyleSheets);
  for (const child of el.shadowRoot.querySelectorAll('*')) child.shadowRoot?.adoptedStyleSheets.forEach((s) => sheets.add(s));
  const css = [...sheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return { css, html: flatten(el.shadowRoot) };
}

/** Times inserting the same markup and styles as static HTML: the floor. */
export function timeStatic({ css, html }) {
  stage.replaceChildren();
  const start = performance.now();
  const host = document.createElement('div');
  stage.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style>${html}`;
  settle(host);
  return performance.now() - start;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * The browser's long tasks (over 50 ms) that start while the widget works: `during` marks a
 * widget's run, `longest` gives the longest such task in ms (0: none), so the floor's and the
 * peer's own tasks are never counted.
 */
function longTasks() {
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const windows = [];
  return {
    async during(run) {
      const start = performance.now();
      const result = await run();
      windows.push([start, performance.now()]);
      return result;
    },
    longest() {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      const ours = entries.filter((e) => windows.some(([start, end]) => e.startTime >= start && e.startTime <= end));
      return Math.max(0, ...ours.map((e) => e.duration));
    },
  };
}

/**
 * Runs a case `runs` times after warm-up, widget and floor interleaved; medians in ms, and the
 * longest task while the widget worked. Each
 * sample of a small case is the mean of `batch` renders, as the browser's clock ticks in 0.1 ms.
 */
export async function runCase(make, defaultRuns) {
  const runs = make.runs ?? defaultRuns;
  const batch = make.batch ?? (make.runs ? 1 : 10);
  for (let i = 0; i < Math.min(3, runs); i += 1) await timeWidget(make);
  const widget = [];
  const floor = [];
  const tasks = longTasks();
  for (let i = 0; i < runs; i += 1) {
    let widgetTotal = 0;
    let floorTotal = 0;
    for (let b = 0; b < batch; b += 1) {
      const { elapsed, el } = await tasks.during(() => timeWidget(make));
      widgetTotal += elapsed;
      floorTotal += timeStatic(snapshot(el));
    }
    widget.push(widgetTotal / batch);
    floor.push(floorTotal / batch);
  }
  stage.replaceChildren();
  return { widget: median(widget), floor: median(floor), longest: tasks.longest() };
}

/** `count` programmes cycling through every format, cost and band (as the tests' fixture). */
function programmes(count) {
  const formats = ['online', 'classroom', 'work-based', 'blended'];
  const costs = ['free', 'funded', 'paid'];
  return Array.from({ length: count }, (_, i) => ({
    id: `p-${i}`, title: `Programme ${i}`, provider: 'A provider', summary: `Summary of programme ${i}.`, body: '',
    duration: '10 weeks', cost: costs[i % 3], format: formats[i % 4], bands: [1 + (i % 4), 2 + (i % 4)],
    link: `https://example.org/p-${i}`, leadsTo: [],
  }));
}
const fiveHundred = programmes(500);

/** A list's cards are elements of their own: the floor flattens their shadow roots too. */
function flatten(root) {
  const copy = document.createElement('div');
  copy.innerHTML = root.innerHTML;
  const sources = root.querySelectorAll('*');
  const targets = copy.querySelectorAll('*');
  sources.forEach((source, i) => {
    if (source.shadowRoot) targets[i].innerHTML = source.shadowRoot.innerHTML;
  });
  return copy.innerHTML;
}

/** Feeds come over http from the bench server: the link rule fetches http(s) only. */
const feedUrl = (kind, items) => `/bench-feed?kind=${kind}&items=${items}`;
const markdownFeed = feedUrl('markdown', 1000);
const rssFeed = feedUrl('rss', 1000);
const newsFeed = (src, runs = 21) => {
  const make = () => {
    const el = document.createElement('swf-news-feed');
    el.setAttribute('src', src);
    return el;
  };
  make.runs = runs;
  return make;
};

/** Markdown feed throughput: our parser (front matter + checks), with every body rendered, and marked alone. */
export async function throughput(runs) {
  const text = generatedFeed(1000, 'markdown');
  const megabytes = new Blob([text]).size / 1e6;
  const time = async (fn) => {
    for (let i = 0; i < 2; i += 1) await fn();
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
    return median(times);
  };
  const parse = await time(() => parseFeed(text, 'markdown', 'bench.md'));
  const parseAndRender = await time(async () => {
    const feed = await parseFeed(text, 'markdown', 'bench.md');
    for (const item of feed.items) renderMarkdown(item.body);
  });
  const markedAlone = await time(() => marked.parse(text));
  return { megabytes, parse, parseAndRender, markedAlone };
}

const huge = newsFeed(feedUrl('markdown', 60_000), 3);

/**
 * The widget beside the plain peer on the same feed, interleaved: medians in ms. The peer gets
 * the widget's own styles, so both lay out the same look.
 */
export async function peerCase(kind, runs) {
  const src = feedUrl(kind, 1000);
  const { el } = await timeWidget(newsFeed(src));
  const { css } = snapshot(el);
  const timePeer = async () => {
    stage.replaceChildren();
    const start = performance.now();
    const host = await vanillaFeed(src, css);
    stage.append(host);
    settle(host);
    return performance.now() - start;
  };
  for (let i = 0; i < 3; i += 1) {
    await timeWidget(newsFeed(src));
    await timePeer();
  }
  const widget = [];
  const peer = [];
  const tasks = longTasks();
  for (let i = 0; i < runs; i += 1) {
    widget.push((await tasks.during(() => timeWidget(newsFeed(src)))).elapsed);
    peer.push(await timePeer());
  }
  stage.replaceChildren();
  return { widget: median(widget), peer: median(peer), longest: tasks.longest() };
}

/** One item whose body nests 1,000 deep (a list by indentation): the time it blocks the page. */
const deepList = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
const deepQuotes = `${'>'.repeat(3000)} deep`;
const deepItem = (body) =>
  Object.assign(
    () => {
      const el = document.createElement('swf-news-feed');
      el.items = [{ id: `deep-${Math.random()}`, title: 'Deep', date: '2025-06-01', tags: [], body }];
      return el;
    },
    { runs: 11 },
  );

/**
 * The main-thread time one deep item takes from being given to the feed to rendered (parse,
 * sanitise, Lit), before the browser lays it out: medians of `runs`.
 */
export async function deepBlock(runs) {
  const result = {};
  for (const [name, body] of [['a list nested 1,000 deep', deepList], ['3,000 nested block quotes', deepQuotes]]) {
    const times = [];
    for (let i = 0; i < runs + 2; i += 1) {
      stage.replaceChildren();
      const el = document.createElement('swf-news-feed');
      const start = performance.now();
      el.items = [{ id: `deep-${i}`, title: 'Deep', date: '2025-06-01', tags: [], body }];
      stage.append(el);
      await el.updateComplete;
      if (i >= 2) times.push(performance.now() - start);
    }
    result[name] = median(times);
  }
  stage.replaceChildren();
  return result;
}

/** A whole trust's workforce: 350 roles in 12 families, 1,000 routes. */
const workforce = generatedPathway({ roles: 350, families: 12, routes: 1000 });

/**
 * The planner on a whole trust's workforce: each step a reader takes (first render, choosing a
 * family, planning a route) timed from the change to laid out, which is one main-thread task
 * (the roles after the first 60 render in later tasks of 60, which the long-task count covers);
 * the longest of each over `runs`, and the long tasks (over 50 ms) the browser saw. Then the
 * route planning alone, after 10 calls to warm it: the median and longest of 101 calls.
 */
export async function workforceCase(runs) {
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: 'longtask' });
  const steps = { 'first render': [], 'choosing a family': [], 'planning a route (from and to)': [], 'searching ("role 1")': [], 'clearing the search': [] };
  // Each step in a task of its own, as a reader's clicks and keys are.
  const step = async (name, change, el) => {
    await new Promise((resolve) => setTimeout(resolve));
    const start = performance.now();
    change();
    await el.updateComplete;
    settle(el);
    steps[name].push(performance.now() - start);
  };
  for (let i = 0; i < runs + 2; i += 1) {
    stage.replaceChildren();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const el = document.createElement('swf-pathway-explorer');
    el.pathway = workforce;
    await step('first render', () => stage.append(el), el);
    // The rest of the roles, a slice a task, before the reader's next step.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await step('choosing a family', () => (el.family = `family-${1 + (i % 12)}`), el);
    await step('planning a route (from and to)', () => {
      el.from = 'role-2';
      el.to = `role-${300 + i}`;
    }, el);
    const search = el.shadowRoot.querySelector('#role-search');
    const type = (text) => () => {
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    await step('searching ("role 1")', type('role 1'), el);
    await step('clearing the search', type(''), el);
    if (i < 2) Object.values(steps).forEach((times) => times.pop());
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  stage.replaceChildren();
  const graph = buildPathway(workforce);
  const planning = [];
  let found = 0;
  // Warm: the first calls compile the planner.
  for (let i = 0; i < 10; i += 1) planRoutes(graph, 'role-2', `role-${250 + i}`);
  for (let i = 0; i < 101; i += 1) {
    const start = performance.now();
    found = planRoutes(graph, 'role-2', `role-${250 + (i % 90)}`).length;
    planning.push(performance.now() - start);
  }
  const max = (values) => Math.max(...values);
  return {
    steps: Object.fromEntries(Object.entries(steps).map(([name, times]) => [name, { median: median(times), max: max(times) }])),
    longTasks,
    planning: { median: median(planning), max: max(planning), found },
  };
}

/**
 * A pre-rendered page: the widget's own output as declarative shadow DOM (as the render step
 * writes it), timed from the element joining the page to its first client render laid out,
 * against the same widget into an empty element, and the same markup left static (a tag that
 * never upgrades: what a reader sees before the bundle loads).
 */
export async function takeoverCase(tag, runs) {
  const make = () => document.createElement(tag);
  const { el } = await timeWidget(make);
  const { css, html } = snapshot(el);
  const shadow = `<template shadowrootmode="open"><style>${css}</style>${html}</template>`;
  const time = async (markup) => {
    stage.replaceChildren();
    const holder = document.createElement('div');
    holder.setHTMLUnsafe(markup);
    const start = performance.now();
    stage.append(holder);
    await holder.firstElementChild.updateComplete;
    settle(holder);
    return performance.now() - start;
  };
  const empty = [];
  const over = [];
  const still = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const samples = [(await timeWidget(make)).elapsed, await time(`<${tag}>${shadow}</${tag}>`), await time(`<swf-bench-static>${shadow}</swf-bench-static>`)];
    if (i < 3) continue;
    empty.push(samples[0]);
    over.push(samples[1]);
    still.push(samples[2]);
  }
  stage.replaceChildren();
  return { empty: median(empty), over: median(over), still: median(still) };
}

export const cases = {
  'swf-news-feed (one item, a list nested 1,000 deep: render)': deepItem(deepList),
  'swf-news-feed (one item, 3,000 nested block quotes: render)': deepItem(deepQuotes),
  'swf-programme-card (default content)': () => {
    const el = document.createElement('swf-programme-card');
    el.setAttribute('programme-id', 'skills-for-health-bridging-programme');
    return el;
  },
  'swf-register-prompt (default content)': () => document.createElement('swf-register-prompt'),
  'swf-news-feed (default content)': () => document.createElement('swf-news-feed'),
  'swf-news-feed (1,000-item markdown feed: fetch, parse, render)': newsFeed(markdownFeed),
  'swf-news-feed (1,000-item RSS feed: fetch, parse, render)': newsFeed(rssFeed),
  'swf-news-feed (10 MB markdown feed, 60,000 items: fetch, parse, render; 3 runs)': huge,
  'swf-programme-list (default content)': () => document.createElement('swf-programme-list'),
  'swf-programme-list (500 cards)': Object.assign(
    () => {
      const el = document.createElement('swf-programme-list');
      el.programmes = fiveHundred;
      return el;
    },
    { runs: 21 },
  ),
  'swf-pathway-explorer (default, a role selected)': () => {
    const el = document.createElement('swf-pathway-explorer');
    el.setAttribute('selected', 'nursing-associate');
    return el;
  },
  'swf-pathway-explorer (planner: healthcare support worker to registered nurse, 3 routes)': () => {
    const el = document.createElement('swf-pathway-explorer');
    el.setAttribute('from', 'healthcare-support-worker');
    el.setAttribute('to', 'registered-nurse');
    el.setAttribute('selected', 'nursing-associate');
    return el;
  },
  'swf-pathway-explorer (350 roles in 12 families, 1,000 routes)': Object.assign(
    () => {
      const el = document.createElement('swf-pathway-explorer');
      el.pathway = workforce;
      return el;
    },
    { runs: 21 },
  ),
};

window.benchReady = true;
