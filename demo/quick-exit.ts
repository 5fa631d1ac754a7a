import { quickExitExamples } from '../src/components/quick-exit/quick-exit.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<quick-exit>');
renderExamples(document.querySelector('#examples')!, quickExitExamples);
wireSwitches();
