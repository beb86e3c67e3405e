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
  /* Each select as wide as its longest option where the line has room, so none is cut: the
     longest title (--_title, set by the template) and room for its band, " (Bandiau 2–4)", in
     characters of 0.9ch (the longest option measured 0.84 to 0.86ch a character in serif,
     sans-serif and Arial, in three engines). Not the select's own width: Chromium measures
     every option again at each change of the chosen one (26 ms for 700). */
  .controls .field {
    flex: 1 1 calc((var(--_title, 30) + 14) * 0.9ch + 3em);
  }
  /* The family filter's few options: as wide as the longest. */
  .filter .field {
    flex: 0 1 auto;
  }
  .filter select {
    width: auto;
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
