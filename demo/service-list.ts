import { serviceListExamples } from '../src/components/service-list/service-list.examples.js';
import { renderExamples, wireSwitches } from './demo.js';

renderExamples(document.querySelector('#examples')!, serviceListExamples);
wireSwitches();
