import { reportFinderExamples } from '../src/components/report-finder/report-finder.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<report-finder>');
renderExamples(document.querySelector('#examples')!, reportFinderExamples);
wireSwitches();
