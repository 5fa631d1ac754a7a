import { css } from 'lit';

export const reportFinderStyles = css`
  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    background: var(--_bg);
    color: var(--_text);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
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
  .option:hover {
    border-color: var(--_accent);
    background: var(--_surface);
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
  /* Below the fold, sections and cards are laid out only when they come near the viewport. */
  .section,
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space);
  }
  .summary {
    font-size: 1.0625em;
  }
`;
