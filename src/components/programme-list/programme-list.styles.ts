import { css } from 'lit';

export const styles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space-3);
    margin-block-end: var(--_space-3);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .field--query {
    flex: 2 1 14rem;
  }
  .field--reset {
    flex: 0 0 auto;
  }

  .count {
    margin-block-end: var(--_space-3);
    font-weight: 600;
  }

  /* Cards as a grid that wraps (.swf-grid). */
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--swf-programme-list-min-card, 16rem)), 1fr));
    margin: 0;
  }
  .item {
    contain-intrinsic-size: auto 18rem;
  }
  .item > .card {
    flex: 1;
  }

  .swf-status button {
    margin-block-start: var(--_space-3);
  }
`;
