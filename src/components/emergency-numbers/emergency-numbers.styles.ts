import { css } from 'lit';

export const emergencyNumbersStyles = css`
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    background: var(--_bg);
    color: var(--_text);
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .title {
    font-size: 1.25em;
  }
  .lines {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    gap: 0.75em;
  }
  .line {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .call {
    display: flex;
    align-items: baseline;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    min-height: 2.75em;
    padding: 0.4em 0.75em;
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_on-danger);
    text-decoration: none;
    font-weight: 700;
  }
  .call.help {
    background: var(--_bg);
    color: var(--_accent);
    border: 0.125em solid var(--_accent);
  }
  @media (hover: hover) {
    .call:hover {
      text-decoration: underline;
    }
  }
  .number {
    font-size: 1.375em;
    font-weight: 800;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .status {
    font-weight: 700;
  }
  .status.open {
    color: var(--_success);
  }
  .status.closed {
    color: var(--_danger);
  }
`;
