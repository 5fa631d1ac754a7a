import { css } from 'lit';

/**
 * The shared controls, for the elements whose templates use them (a card, a list, a finder;
 * not `<quick-exit>` nor `<emergency-numbers>`): buttons (`.button`, `.primary`, `.danger`),
 * a button that reads as a link, the arrow that points back, the labels of a domain. Placed
 * right after `hostStyles` in an element's styles. A module of its own: a bundler keeps a
 * `css` template of a module it imports, used or not.
 */
export const controlStyles = css`
  .button {
    display: inline-flex;
    flex-wrap: wrap;
    max-inline-size: 100%;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 0.125em solid var(--_accent);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
  }
  /* A button that reads as a link: secondary actions inside text. */
  .link-button {
    background: none;
    border: none;
    padding: 0.4em 0;
    min-height: 2.75em;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: start;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 120ms ease-out;
    }
  }
  @media (hover: hover) {
    .button:hover {
      text-decoration: underline;
    }
  }
  /* A decorative arrow points back in the reading direction. */
  .arrow:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  /* A domain breaks only after its dots, not at the hyphens inside a label. */
  .domain-label {
    white-space: nowrap;
  }
`;
