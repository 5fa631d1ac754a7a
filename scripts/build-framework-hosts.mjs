// Builds the React and Vue host pages of demo/hosts/frameworks/ into dist/hosts/
// with esbuild (already in the toolchain), from the packages installed from npm.
import { build } from 'esbuild';

await build({
  entryPoints: {
    'react-app': 'demo/hosts/frameworks/react-app.jsx',
    'vue-app': 'demo/hosts/frameworks/vue-app.js',
  },
  outdir: 'dist/hosts',
  bundle: true,
  format: 'esm',
  jsx: 'automatic',
  minify: true,
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  logLevel: 'warning',
});
console.log('built dist/hosts/react-app.js and dist/hosts/vue-app.js');
