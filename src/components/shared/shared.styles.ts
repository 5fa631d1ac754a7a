import { css } from 'lit';

// Declarations (not rules) that several elements' rules share: each element
// places them in its own rule, under its own class names, e.g.
// `.panel { ${frameDeclarations} border: … }`.

/**
 * Whatever is brought into view (a heading picked from a screen reader's list, a control reached
 * with the keyboard) stops clear of a fixed `<quick-exit>`, which publishes its height. For the
 * elements that show content, not the quick exit itself.
 */
export const clearOfQuickExitStyles = css`
  * {
    scroll-margin-block-start: calc(var(--guichet-quick-exit-block-size, 0px) + 0.5em);
  }
`;

/** An element's frame, a column: our own background and text colour behind every text, the page's radius and spacing. The border is the element's. */
export const frameDeclarations = css`
  display: flex;
  flex-direction: column;
  background: var(--_bg);
  color: var(--_text);
  border-radius: var(--_radius);
  padding: var(--_space);
`;

/** A call link on the danger colour (the emergency strip's tiles, `<emergency-numbers>`' calls). */
export const dangerLinkDeclarations = css`
  min-height: 2.75em;
  border-radius: var(--_radius);
  background: var(--_danger);
  color: var(--_on-danger);
  text-decoration: none;
`;

/** A list of cards, one column (an element may widen it). */
export const cardListDeclarations = css`
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: 1fr;
  gap: var(--_space);
`;

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
    ${dangerLinkDeclarations}
    padding: 0.3em 0.4em;
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
  /* In forced colours (Windows high contrast) the tiles' colour is gone: a border keeps each a target of its own. */
  @media (forced-colors: active) {
    .emergency-link {
      border: 0.125em solid;
    }
  }
`;

/** "Open now" and "Closed now" (see `renderOpenStatus`). */
export const openStatusStyles = css`
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
