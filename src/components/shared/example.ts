/** One documented example of an element: drives the demo page and the accessibility tests. */
export interface ElementExample {
  /** Stable id, used in test names and demo anchors. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** Static markup a page author would paste. */
  readonly html: string;
}
