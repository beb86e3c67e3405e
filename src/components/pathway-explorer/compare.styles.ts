import { css } from 'lit';

/** The comparison (compare.template.ts). */
export const compareStyles = css`
  /* Compare: a real table; it scrolls sideways in its own region when narrower than its columns. */
  .table-scroll {
    overflow-x: auto;
  }
  .compare table {
    width: 100%;
    min-width: 36rem;
    border-collapse: collapse;
    background: var(--_background);
  }
  .compare caption {
    text-align: start;
    padding-block-end: var(--_space-2);
    color: var(--_text-secondary);
  }
  .compare th,
  .compare td {
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .compare tbody th {
    width: 10rem;
  }
  /* The Compare toggle on reads as on (filled, but for its focus style); when it cannot be used, it reads so. */
  .swf-button[aria-pressed=true]:not(:focus-visible) {
    background: var(--_primary);
    color: var(--_background);
  }
  .swf-button:disabled {
    opacity: 0.5;
  }
  /* A target of 24 px at least (WCAG 2.5.8). */
  .compare .remove {
    display: block;
    min-height: 24px;
    font-weight: 400;
  }

`;
