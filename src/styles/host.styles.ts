import { css } from 'lit';

/** Default values of the tokens in the dark theme. */
const darkTokens = css`
  --_bg: var(--guichet-color-background, #17191d);
  --_surface: var(--guichet-color-surface, #23262c);
  --_text: var(--guichet-color-text, #eef0f3);
  --_muted: var(--guichet-color-muted, #bcc2cc);
  --_border: var(--guichet-color-border, #8e96a3);
  --_accent: var(--guichet-color-accent, #86cfe2);
  --_on-accent: var(--guichet-color-on-accent, #0b1a1f);
  --_danger: var(--guichet-color-danger, #ffa59d);
  --_on-danger: var(--guichet-color-on-danger, #2a0705);
  --_success: var(--guichet-color-success, #93dba6);
  --_focus: var(--guichet-color-focus, #a6e0ef);
  color-scheme: dark;
`;

/**
 * Shared by every element: the public `--guichet-*` tokens mapped to private
 * `--_*` values (light by default; dark by `theme="dark"` or a dark-only page;
 * following the reader's system by `theme="auto"` or a page that supports both,
 * see ColorSchemeController), a reset of what a host page's CSS would
 * otherwise pass down through inheritance, focus, visually hidden text and the
 * notice. The shared controls are in `controlStyles` (control.styles.ts).
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    box-sizing: border-box;
    --_bg: var(--guichet-color-background, #ffffff);
    --_surface: var(--guichet-color-surface, #f4f5f7);
    --_text: var(--guichet-color-text, #1d2127);
    --_muted: var(--guichet-color-muted, #4b5360);
    --_border: var(--guichet-color-border, #767f8c);
    --_accent: var(--guichet-color-accent, #0b5a6e);
    --_on-accent: var(--guichet-color-on-accent, #ffffff);
    --_danger: var(--guichet-color-danger, #a11f1a);
    --_on-danger: var(--guichet-color-on-danger, #ffffff);
    --_success: var(--guichet-color-success, #1b6431);
    --_focus: var(--guichet-color-focus, #0b5a6e);
    --_radius: var(--guichet-radius, 0.5em);
    --_space: var(--guichet-space, 1em);
    color-scheme: light;
    color: var(--_text);
    font-family: var(--guichet-font-family, inherit);
    font-size: var(--guichet-font-size, medium);
    line-height: 1.5;
    text-align: start;
    overflow-wrap: break-word;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']),
    :host(:state(guichet-auto)) {
      ${darkTokens}
    }
  }
  :host([theme='dark']),
  :host(:state(guichet-dark)) {
    ${darkTokens}
  }
  /* The box that carries the element's language and direction: no box of its own. */
  .language {
    display: contents;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* border-box here, not inherit: a host page may force box-sizing on the host element itself. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1em;
    line-height: 1.3;
    margin: 0;
    font-weight: 700;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  @media (hover: hover) {
    a:hover {
      text-decoration-thickness: 0.15em;
    }
  }
  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .notice {
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_surface);
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
  }
`;
