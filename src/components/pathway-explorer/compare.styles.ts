import { css } from 'lit';

/** The comparison (compare.template.ts). */
export const compareStyles = css`
  /* Compare: a real table; it scrolls sideways in its own region when narrower than its columns. */
  .compare {
    margin-block-end: var(--_space-4);
  }
  .compare > * + * {
    margin-block-start: var(--_space-3);
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .compare table {
    width: 100%;
    min-width: 36rem;
    border-collapse: collapse;
    background: var(--_background);
    color: var(--_text);
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
  .compare thead th {
    font-size: 1.1875em;
  }
  .compare tbody th {
    width: 10rem;
  }
  .compare ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .compare .remove {
    display: block;
    font-size: 0.875rem;
    font-weight: 400;
  }

`;
