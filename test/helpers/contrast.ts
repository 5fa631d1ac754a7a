// Contrast of every piece of text an element shows, against what is actually
// painted behind it: the first ancestor (through slots and shadow hosts) whose
// background is not transparent, composited over the ones below it, down to the
// page's own canvas.

type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba {
  const match = /rgba?\(([^)]+)\)/.exec(value);
  if (!match) return [0, 0, 0, 0];
  const parts = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
}

function over(top: Rgba, bottom: Rgba): Rgba {
  const alpha = top[3] + bottom[3] * (1 - top[3]);
  if (alpha === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / alpha;
  return [mix(0), mix(1), mix(2), alpha];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element whose opaque background is behind an element (itself or an ancestor), or null for the page's canvas. */
export function opaqueBehind(element: Element): Element | null {
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    if (parseColor(getComputedStyle(current).backgroundColor)[3] >= 1) return current;
  }
  return null;
}

/** The colour painted behind an element: its background and its ancestors', over the page's canvas. */
export function paintedBackground(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let current: Element | null = element; current; current = parentAcrossShadow(current)) {
    const colour = parseColor(getComputedStyle(current).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  // Under everything, the canvas: white unless the page's root is dark.
  const rootScheme = getComputedStyle(document.documentElement).colorScheme;
  let result: Rgba =
    rootScheme.includes('dark') && !rootScheme.includes('light') ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = over(layer, result);
  return result;
}

/** Whether an element is the root element or lies inside its shadow trees. */
function ownedBy(element: Element | null, root: Element): boolean {
  for (let current: Element | null = element; current;) {
    if (current === root) return true;
    const host = (current.getRootNode() as ShadowRoot).host;
    if (!host) return false;
    current = host;
  }
  return false;
}

function shown(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden') return false;
  // Text for screen readers only, clipped to a pixel.
  if (style.position === 'absolute' && parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1) return false;
  return true;
}

export interface TextContrast {
  readonly text: string;
  readonly ratio: number;
  readonly color: string;
  readonly background: string;
  readonly where: string;
  /** Whether the opaque background behind the text is the element's own (inside it or its host), not the page's. */
  readonly ownBackground: boolean;
}

/** Every visible text inside an element's shadow tree (and nested ones), with its contrast. */
export function textContrasts(root: Element): TextContrast[] {
  const found: TextContrast[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      const parent = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
      if (parent && shown(parent)) {
        const foreground = parseColor(getComputedStyle(parent).color);
        const background = paintedBackground(parent);
        found.push({
          text: node.textContent!.trim().slice(0, 40),
          ratio: contrastRatio(over(foreground, background), background),
          color: getComputedStyle(parent).color,
          background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
          where: `${(parent.getRootNode() as ShadowRoot).host?.localName ?? 'page'} ${parent.localName}.${parent.className}`,
          ownBackground: ownedBy(opaqueBehind(parent), root),
        });
      }
    }
    const element = node as Element;
    if (element.shadowRoot) visit(element.shadowRoot);
    node.childNodes.forEach(visit);
  };
  visit(root.shadowRoot ?? root);
  return found;
}
