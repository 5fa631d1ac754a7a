import { css } from 'lit';
import { clearOfQuickExitStyles, dangerLinkDeclarations, frameDeclarations } from '../shared/shared.styles.js';

export const emergencyNumbersStyles = css`
  ${clearOfQuickExitStyles}
  .panel {
    ${frameDeclarations}
    gap: 0.75em;
    border: 0.125em solid var(--_danger);
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
    ${dangerLinkDeclarations}
    padding: 0.4em 0.75em;
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
  /* In forced colours (Windows high contrast) the calls' colour is gone: a border keeps each a target of its own. */
  @media (forced-colors: active) {
    .call {
      border: 0.125em solid;
    }
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
