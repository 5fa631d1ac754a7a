import { css } from 'lit';

export const quickExitStyles = css`
  /* Fixed, only the button floats: it takes no more room than itself. */
  :host([fixed]) {
    position: fixed;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    z-index: 2147483000;
    max-inline-size: calc(100vw - 1em);
  }
  .quick-exit {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    align-items: flex-start;
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  :host([fixed]) .quick-exit {
    background: none;
  }
  :host([fixed]) .exit {
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 30%);
  }
  .exit {
    min-height: 3em;
    padding: 0.5em 1.25em;
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_on-danger);
    font-weight: 800;
    font-size: 1.125em;
    cursor: pointer;
  }
  @media (hover: hover) {
    .exit:hover {
      text-decoration: underline;
    }
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .count {
    font-weight: 700;
    color: var(--_text);
  }
  details {
    font-size: 0.875em;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    padding-block: 0.5em;
  }
  details p + p {
    margin-block-start: 0.4em;
  }
  /* Left visible when the page is blanked (visibility: hidden on the root): what it says is still heard. */
  .status {
    visibility: visible;
  }
  .blank {
    position: fixed;
    inset: 0;
    background: #ffffff;
    z-index: 2147483647;
  }
`;

export const quickExitNarrowStyles = css`
  /* On a small screen, the fixed button stays small. */
  @media (max-width: 40em) {
    :host([fixed]) .exit {
      min-height: 2.75em;
      font-size: 1em;
      padding: 0.4em 0.9em;
    }
  }
`;
