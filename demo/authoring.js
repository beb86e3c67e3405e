// The live preview: the checker's own rules (dist/content-check.js) on what the author types,
// and the widget showing the items that pass. Built with DOM methods only (strict CSP).
import { checkFile, checkReferences, byPlace, embeddedRequirements } from '../cdn/content-check.js';
import { defaultContent } from '../dist/support-workforce-widgets.js';

const EXAMPLES = {
  role: `---
id: ward-clerk
title: Ward clerk
family: nursing
band: 2
summary: Keeps the ward's records and welcomes patients and visitors.
reviewed: 2026-12-01
entry:
  - Good English and maths
routes:
  - to: senior-healthcare-support-worker
    kind: apprenticeship
    title: Senior healthcare support worker apprenticeship (Level 3)
    duration: Typically 18–24 months
    months: [18, 24]
    earn: true
    requires: [nhs-employed]
---
Ward clerks keep records up to date and are often the first person a visitor meets.
`,
  programme: `---
id: care-certificate
title: The Care Certificate
provider: Your trust's education team
summary: The standards every new support worker meets in their first weeks.
duration: About 12 weeks
cost: free
format: work-based
bands: [2, 3]
link: https://example.org/care-certificate
leadsTo: [healthcare-support-worker]
reviewed: 2026-12-01
---
Fifteen standards, learned and assessed at work.
`,
  news: `---
id: open-day
title: Apprenticeship open day
date: 2026-11-20
summary: Come and meet our apprentices and their managers.
tags: [apprenticeships]
reviewed: 2026-12-01
---
Drop in to the education centre from 10am to 2pm.
`,
  register: `---
intro: Great reasons to register
reviewed: 2026-12-01
benefits:
  - title: A personalised website
    description: Choose the topics that interest you.
---
`,
};

const type = document.getElementById('type');
const source = document.getElementById('source');
const problemsBox = document.getElementById('problems');
const preview = document.getElementById('preview');
const known = { roles: defaultContent.roles.map((r) => r.id), programmes: defaultContent.programmes.map((p) => p.id), requirements: embeddedRequirements };

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function showProblems(problems, warnings) {
  const list = [...problems.map((p) => ({ ...p, kind: 'Problem' })), ...warnings.map((w) => ({ ...w, kind: 'Warning' }))].sort(byPlace);
  if (!list.length) {
    problemsBox.replaceChildren(el('p', { class: 'ok' }, 'No problems: this file passes the checker.'));
    return;
  }
  const items = list.map((p) =>
    el('li', { 'data-line': String(p.line) }, el('span', { class: 'problem-place' }, `${p.kind}, line ${p.line}${p.column ? `, column ${p.column}` : ''}: `), p.message),
  );
  problemsBox.replaceChildren(el('p', {}, list.length === 1 ? '1 thing to look at:' : `${list.length} things to look at:`), el('ol', {}, ...items));
}

function showWidget(kind, checked) {
  let widget;
  if (kind === 'role') {
    widget = document.createElement('swf-pathway-explorer');
    const own = new Set(checked.roles.map((r) => r.id));
    widget.pathway = [...defaultContent.roles.filter((r) => !own.has(r.id)), ...checked.roles];
    if (checked.roles[0]) widget.setAttribute('selected', checked.roles[0].id);
  } else if (kind === 'programme') {
    widget = document.createElement('swf-programme-list');
    widget.programmes = checked.programmes;
  } else if (kind === 'news') {
    widget = document.createElement('swf-news-feed');
    widget.items = checked.news;
  } else {
    widget = document.createElement('swf-register-prompt');
    if (checked.register) {
      widget.benefits = checked.register.benefits;
      for (const [field, attribute] of [['heading', 'heading'], ['registerLabel', 'register-label'], ['loginLabel', 'login-label']]) {
        if (checked.register[field]) widget.setAttribute(attribute, checked.register[field]);
      }
    }
  }
  widget.setAttribute('heading-level', '3');
  preview.replaceChildren(widget);
}

function update() {
  const kind = type.value;
  const checked = checkFile(source.value, `preview.md`, { kind });
  const problems = [...checked.problems, ...checkReferences([checked], known)];
  showProblems(problems, checked.warnings);
  showWidget(kind, checked);
  document.documentElement.dataset.checked = String(problems.length);
}

let timer;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
});
type.addEventListener('change', () => {
  source.value = EXAMPLES[type.value];
  update();
});
source.value = EXAMPLES[type.value];
update();
window.authoringReady = true;
