import { css } from 'lit';

/** The emergency-number strip, shared by every element that shows it. */
export const emergencyStyles = css`
  .emergency {
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    background: var(--_bg);
  }
  .emergency-title {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .emergency-list {
    list-style: none;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 4.5em), 1fr));
    gap: 0.4em;
  }
  .emergency-link {
    display: flex;
    flex-direction: column;
    /* The numbers of a row line up at the top, whatever the length of their names. */
    justify-content: flex-start;
    block-size: 100%;
    min-height: 2.75em;
    padding: 0.3em 0.4em;
    border-radius: var(--_radius);
    background: var(--_danger);
    color: var(--_on-danger);
    text-decoration: none;
    line-height: 1.2;
  }
  /* Words are never cut ("européenne"): a name wraps between words only. */
  .emergency-name {
    font-size: 0.75em;
  }
  @media (hover: hover) {
    .emergency-link:hover {
      text-decoration: underline;
    }
  }
  .emergency-number {
    font-weight: 800;
    font-size: 1.25em;
  }
`;
