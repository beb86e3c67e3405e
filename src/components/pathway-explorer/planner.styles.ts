import { css } from 'lit';

/** The planner (planner.template.ts): where the reader is, where they want to be, and sharing. */
export const plannerStyles = css`
  /* The planner: the reader's role now, where they want to be, and the family shown. */
  .planner {
    margin-block-end: var(--_space-4);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  /* Each select as wide as its longest option where the line has room, so none is cut. */
  .controls .field {
    flex: 1 1 auto;
  }
  .controls select {
    width: auto;
  }
  .filter .field {
    flex-grow: 0;
  }
  .share,
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .share {
    margin-block-start: var(--_space-4);
  }
  .share-status {
    flex: 1 1 100%;
  }
  .share-status:empty {
    display: none;
  }
  .share-status input {
    margin-block-start: var(--_space-1);
  }
  .filter,
  .filtered,
  .compare {
    margin-block-end: var(--_space-4);
  }
  .journey--empty {
    border-inline-start-color: var(--_border);
  }

  .pay-note {
    margin-block-start: var(--_space-3);
    color: var(--_text-secondary);
    font-size: 0.875em;
  }

`;
