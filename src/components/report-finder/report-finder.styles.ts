import { css } from 'lit';
import { cardListDeclarations, clearOfQuickExitStyles, frameDeclarations } from '../shared/shared.styles.js';

export const reportFinderStyles = css`
  ${clearOfQuickExitStyles}
  .finder {
    /* Brought into view below a fixed <quick-exit>, whose height it publishes. */
    scroll-margin-block-start: calc(var(--guichet-quick-exit-block-size, 0px) + 0.5em);
    ${frameDeclarations}
    gap: var(--_space);
    border: 0.0625em solid var(--_border);
  }
  .progress {
    color: var(--_muted);
    font-weight: 600;
  }
  .step {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .step-heading {
    font-size: 1.375em;
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  .help {
    color: var(--_muted);
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .option {
    inline-size: 100%;
    min-height: 3em;
    padding: 0.6em 1em;
    text-align: start;
    background: var(--_bg);
    color: var(--_text);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
    cursor: pointer;
  }
  @media (hover: hover) {
    .option:hover {
      border-color: var(--_accent);
      background: var(--_surface);
    }
  }
  .option-help {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .trail ol {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* The number faces the first line of a wrapped answer, not its last. */
  .trail li {
    padding-block: 0.2em;
  }
  .trail li > .link-button {
    vertical-align: top;
    padding-block: 0;
    min-height: 1.5em;
  }
  .trail-title {
    font-weight: 600;
    color: var(--_muted);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .section {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .section ul,
  .section ol {
    padding-inline-start: 1.25em;
  }
  .cards {
    ${cardListDeclarations}
    /* In a result, a line closed now is said in the danger colour: the visitor chooses what to do now. */
    --_closed-now: var(--_danger);
  }
  .summary {
    font-size: 1.0625em;
  }
  .first-steps {
    margin: 0;
    padding-inline-start: 1.5em;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }
  .first-steps li::marker {
    font-weight: 800;
  }
  .main-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    max-inline-size: 40em;
  }
  .main-action {
    flex: 1 1 14em;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.1em;
    min-height: 3em;
  }
  .main-action.primary,
  .main-action.danger {
    flex-basis: 100%;
    font-size: 1.0625em;
  }
  .action-label {
    font-weight: 700;
  }
  .action-detail {
    font-weight: 400;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .details {
    display: flex;
    flex-direction: column;
    border-block-start: 0.0625em solid var(--_border);
  }
  .more {
    border-block-end: 0.0625em solid var(--_border);
  }
  .more > summary {
    display: flex;
    align-items: center;
    min-height: 2.75em;
    padding-block: 0.4em;
    font-weight: 600;
    color: var(--_accent);
    cursor: pointer;
    list-style-position: inside;
  }
  .more > summary::-webkit-details-marker {
    display: none;
  }
  /* The mark is drawn, not read: <details> tells a screen reader whether it is open (an engine without
     alternative text for generated content keeps the first declaration). */
  .more > summary::before {
    content: '+';
    content: '+' / '';
    display: inline-block;
    inline-size: 1.25em;
    font-weight: 800;
  }
  .more[open] > summary::before {
    content: '−';
    content: '−' / '';
  }
  .more-content {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-block-end: 0.75em;
  }
  .more-content ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* A short window (a small phone, a landscape one, a zoomed page): the heading and the main
     button of a result must fit in it together, below a host's fixed quick exit. */
  @media (max-height: 40em) {
    .step {
      gap: 0.5em;
    }
    .step-heading {
      font-size: 1.25em;
    }
    .first-steps {
      gap: 0.15em;
      line-height: 1.4;
    }
  }
  /* In a pack's language: the official services are in French. */
  .in-french {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
`;
