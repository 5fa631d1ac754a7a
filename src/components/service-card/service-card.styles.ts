import { css } from 'lit';
import { clearOfQuickExitStyles, frameDeclarations } from '../shared/shared.styles.js';

export const serviceCardStyles = css`
  ${clearOfQuickExitStyles}
  .card {
    ${frameDeclarations}
    border: 0.0625em solid var(--_border);
    gap: 0.75em;
    block-size: 100%;
  }
  /* A name that is one long word (Cybermalveillance.gouv.fr) breaks rather than widen the card at 320 px. */
  .title {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 0.1875em solid var(--_focus);
  }
  .kind {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .history {
    color: var(--_muted);
    font-style: italic;
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: stretch;
  }
  /* One anatomy for every way in: what it does, then where it leads or what it costs. */
  .action-button {
    flex-direction: column;
    /* One column that never wraps: a wrapping column is laid out again and again (a list's cards). */
    flex-wrap: nowrap;
    align-items: flex-start;
    justify-content: center;
    gap: 0.1em;
    min-height: 3em;
  }
  .action-button .phone-details {
    color: inherit;
    font-weight: 400;
  }
  /* Where a button leads or what it costs, when there is something to say. */
  .action-button > :empty {
    display: none;
  }
  .action {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .domain {
    /* A long address breaks rather than widening the card (Firefox sizes
       flex items by their longest word). */
    overflow-wrap: anywhere;
    font-weight: 400;
    font-size: 0.875em;
  }
  .phone-details,
  .checked,
  .paris-time {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .hours {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: baseline;
  }
  /* A badge (its colours: openStatusStyles). */
  .status {
    padding: 0 0.4em;
    border-radius: 0.25em;
    border: 0.0625em solid currentColor;
  }
  /*
   * "Closed now" is information in a card, not an alarm: said in the muted colour. A finder's
   * result, where it decides what to do now, sets --_closed-now to its danger colour.
   */
  .status.closed {
    color: var(--_closed-now, var(--_muted));
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .section ul {
    padding-inline-start: 1.25em;
  }
  .section li + li {
    margin-block-start: 0.25em;
  }
  .instead {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    margin-block-start: 0.25em;
  }
  .more {
    align-self: flex-start;
  }
  .footer {
    border-block-start: 0.0625em solid var(--_border);
    padding-block-start: 0.5em;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    padding-block: 0.6em;
  }
  details ul {
    padding-inline-start: 1.25em;
    font-size: 0.875em;
    /* A source's domain breaks rather than widening the card, with a reader's wider letter spacing too. */
    overflow-wrap: anywhere;
  }
  /* In a pack's language: the service's French name, as on its official page. */
  .official-name {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
`;
