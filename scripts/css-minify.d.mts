/** `css`, minified line by line (see css-minify.mjs). */
export function minifyCss(css: string): string;
