import { css } from 'lit';
import { cardListDeclarations, clearOfQuickExitStyles } from '../shared/shared.styles.js';

export const serviceListStyles = css`
  ${clearOfQuickExitStyles}
  :host {
    container: guichet-list / inline-size;
  }
  /* Our own background behind every text we draw (the count, the empty message), whatever the page's. */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    color: var(--_text);
    background: var(--_bg);
    border-radius: var(--_radius);
  }
  .controls {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  input[type='search'],
  input[type='text'] {
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    inline-size: 100%;
    max-inline-size: 30em;
  }
  input.department {
    max-inline-size: 6em;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin-block-start: 0.25em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    font-weight: 400;
  }
  .check input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    font-weight: 600;
  }
  .grid {
    ${cardListDeclarations}
  }
  /* Cards of one row share its height. */
  .grid > li {
    display: grid;
    min-inline-size: 0;
  }
  .empty {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .empty-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  @container guichet-list (min-width: 40em) {
    .controls {
      grid-template-columns: 2fr 1fr;
    }
    .controls fieldset {
      grid-column: 1 / -1;
    }
    .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20em), 1fr));
    }
  }
`;
