import { emergencyNumbersExamples } from '../src/components/emergency-numbers/emergency-numbers.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<emergency-numbers>');
renderExamples(document.querySelector('#examples')!, emergencyNumbersExamples);
wireSwitches();
