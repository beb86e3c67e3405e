import { css } from 'lit';

/** What shows content: the review line and print, states and notices, tags, rendered markdown. */
export const contentStyles = css`
  /*
   * A list of cards or roles as a grid that wraps; each widget sets its columns, and each item's
   * size until it is laid out: an item off screen is not laid out until scrolled near, so a list
   * of hundreds renders promptly.
   */
  .swf-grid {
    display: grid;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .swf-grid > li {
    display: flex;
    min-width: 0;
    content-visibility: auto;
  }
  /* Content review and print: shared by every widget. */
  .swf-reviewed {
    margin-block-start: var(--_space-3);
    color: var(--_text-secondary);
    font-size: 0.875em;
  }
  @media print {
    .swf-screen-only {
      display: none !important;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      overflow-wrap: anywhere;
    }
  }

  .swf-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  /* Loading, empty and error states, shared by every widget (see status.ts). */
  .swf-status {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_border);
    background: var(--_background);
    color: var(--_text);
  }
  .swf-status--error {
    border-inline-start-color: var(--_error);
  }
  .swf-status--loading {
    border-inline-start-color: var(--_primary);
  }
  .swf-status__title {
    display: block;
    font-weight: 600;
  }

  /* A notice: what could not be shown, while the rest still works (see status.ts). */
  .swf-notice {
    overflow-wrap: anywhere;
    margin: 0 0 var(--_space-3);
    padding: var(--_space-3);
    border-inline-start: 8px solid var(--_text-secondary);
    background: var(--_background);
    color: var(--_text);
  }
  .swf-notice > * + * {
    margin-block-start: var(--_space-2);
  }
  .swf-notice ul {
    margin-block-end: 0;
  }
  /* The page's editor's detail, folded away (see editorDetails). */
  .swf-details {
    margin-block-start: var(--_space-2);
  }
  .swf-details summary {
    display: list-item;
    min-block-size: 24px;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .swf-diagnostic > :last-child {
    margin-block-end: 0;
  }

  /* A tag shows a status or category in words: never a link, never colour alone. */
  .swf-tag {
    display: inline-block;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_primary-dark);
    background: var(--_primary-dark);
    color: var(--_background);
    font-weight: 600;
    line-height: 1.25;
  }

  /* A button that reads as a link, for actions within text. */
  .swf-link-button {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.1em;
    cursor: pointer;
  }
  .swf-link-button:hover {
    color: var(--_primary-dark);
    text-decoration-thickness: 3px;
  }
  /* Its focus, and a summary's, are a link's (theme.styles.ts). */

  /* Rendered markdown (see markdown.ts). */
  .swf-prose > :first-child {
    margin-top: 0;
  }
  .swf-prose > :last-child {
    margin-bottom: 0;
  }
  .swf-prose p,
  .swf-prose ul,
  .swf-prose ol {
    margin-block: 0 var(--_space-3);
  }
  .swf-prose img {
    max-width: 100%;
    height: auto;
  }
  .swf-prose pre {
    overflow-x: auto;
  }

`;
