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
  /* Where the widget is narrow (a phone): a card per role, stacked, with the table's rows: the
     role's header, then each fact under its row's label. */
  @container (max-width: 40rem) {
    .compare table {
      display: grid;
      min-width: 0;
    }
    .compare :is(thead, tbody, tr) {
      display: contents;
    }
    .compare tbody th,
    .compare thead td {
      display: none;
    }
    .compare tr > :nth-child(2) {
      order: 1;
    }
    .compare tr > :nth-child(3) {
      order: 2;
    }
    .compare tr > :nth-child(4) {
      order: 3;
    }
    .compare thead th {
      margin-block-start: var(--_space-3);
      background: var(--_surface);
    }
    .compare td {
      border-block-start: 0;
    }
    .compare td::before {
      content: attr(data-label);
      display: block;
      font-weight: 600;
    }
  }
  /* A target of 24 px at least (WCAG 2.5.8). */
  .compare .remove {
    display: block;
    min-height: 24px;
    font-weight: 400;
  }

`;
