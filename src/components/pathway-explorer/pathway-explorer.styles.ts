import { css } from 'lit';
import { compareStyles } from './compare.styles.js';
import { plannerStyles } from './planner.styles.js';

/** The roles, the chosen role's detail and the routes. */
const roleStyles = css`
  :host {
    --_accent: var(--swf-pathway-accent, var(--_primary));
    --_role-background: var(--swf-pathway-role-background, var(--_background));
    --_detail-background: var(--swf-pathway-detail-background, var(--_surface));
  }

  .base {
    container-type: inline-size;
  }

  /* Roles as a grid that wraps (.swf-grid): readable with 15 roles or 350, one column at 320 px. */
  .pathway {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    margin: 0 0 var(--_space-4);
  }

  /* A role's card: its name is a button whose ::after covers the card, so the whole card chooses. */
  .item {
    position: relative;
    flex-direction: column;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_role-background);
    color: var(--_text);
    overflow-wrap: anywhere;
    contain-intrinsic-size: auto 9rem;
  }
  .item:hover,
  .selected {
    border: 2px solid var(--_accent);
    border-block-start-width: 8px;
  }

  .role {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    cursor: pointer;
  }
  .role::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .role-title {
    font-weight: 600;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  .selected .role {
    color: var(--_text);
  }
  .role-band,
  .facts dt,
  .role-family {
    font-size: 0.875em;
    color: var(--_text-secondary);
  }
  .role-summary,
  .hint {
    color: var(--_text-secondary);
  }
  .role-step {
    margin-block-start: auto;
    font-weight: 600;
  }

  /* NHS focus on the whole card (yellow, a dark foot): its content-visibility clips outside. */
  .item:has(:focus-visible) {
    background: var(--_focus);
    box-shadow: inset 0 -4px var(--_focus-text);
  }
  .role:focus-visible {
    box-shadow: none;
  }

  .detail,
  .journey {
    padding: var(--_space-4);
    border-radius: var(--_radius);
    background: var(--_detail-background);
    color: var(--_text);
  }
  .journey {
    margin-block-end: var(--_space-4);
    border-inline-start: 8px solid var(--_accent);
    background: var(--_background);
  }

  .planner > * + *,
  .compare > * + *,
  .detail > * + *,
  .journey > * + *,
  .journey-option > * + * {
    margin-block-start: var(--_space-3);
  }
  /* Sizes follow the outline, whatever heading level the host chose. */
  .title {
    font-size: 1.375em;
  }
  .subheading,
  .detail-summary,
  .detail-pay,
  .compare thead th {
    font-size: 1.1875em;
  }
  .route-title {
    font-size: 1em;
  }

  .detail-meta,
  .route-tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .routes,
  .journey-options {
    display: grid;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .route,
  .journey-option {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .facts {
    display: grid;
    gap: var(--_space-2);
    margin: var(--_space-2) 0 0;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: var(--_space-2);
  }
  /* A route option's facts are its summary line: each fact's term and value run on. */
  .journey .facts,
  .journey .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-2);
  }
  .journey .facts {
    column-gap: var(--_space-4);
  }
  .facts dd,
  .journey-options {
    margin: 0;
  }
  .facts ul,
  .journey-steps ul,
  .compare ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .journey-steps {
    padding-inline-start: 1.5em;
  }
  .journey-steps > li + li {
    margin-block-start: var(--_space-2);
  }
  .journey-to,
  .journey-kind {
    display: block;
  }
  .journey-option {
    background: var(--_surface);
  }
`;

/** Narrow screens, print and forced colours: last, so they win over every rule before them. */
const mediaStyles = css`
  /* Vertical when narrow: one role under another, down to 320 px. A role's card shows its title,
     band and family on one line; its summary is in its detail. */
  @container (max-width: 40rem) {
    .pathway {
      gap: var(--_space-2);
    }
    .item {
      flex-flow: row wrap;
      column-gap: var(--_space-3);
    }
    .role,
    .role-step {
      width: 100%;
    }
    .role-summary {
      display: none;
    }
  }
  @container (max-width: 44rem) {
    .facts div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .detail,
    .journey {
      padding: var(--_space-3);
    }
  }

  /* The plan on paper (A4): controls and role cards hidden; the routes and the comparison, or the
     selected role without a plan; 12 pt at 1.4, boxes that split, no bars or backgrounds. */
  @media print {
    :host {
      line-height: var(--swf-line-height, 1.4) !important;
    }
    .journey {
      padding: 0;
      border: 0;
    }
    /* Folded parts print open, without their summaries. */
    ::details-content {
      content-visibility: visible;
    }
    .journey summary {
      display: none;
    }
    .journey-option {
      padding: var(--_space-2);
    }
    section.journey ~ .detail {
      display: none;
    }
    /* A programme's name is enough on paper; its address is a line or three. */
    .journey a[href]::after {
      content: none;
    }
    .swf-tag {
      padding: 0 var(--_space-1);
    }
    .compare table {
      min-width: 0;
      font-size: 0.875em;
    }
    .compare :is(th, td) {
      padding: var(--_space-1);
    }
  }

  @media (forced-colors: active) {
    .item,
    .route {
      border-color: ButtonText;
    }
    .selected {
      border-color: Highlight;
    }
    .compare th,
    .compare td {
      border-color: CanvasText;
    }
  }
`;

/** The pathway's styles, split as its templates are, in cascade order. */
export const styles = [roleStyles, plannerStyles, compareStyles, mediaStyles];
