import { serviceListExamples } from '../src/components/service-list/service-list.examples.js';
import { renderExamples, renderHeader, wireSwitches } from './demo.js';

renderHeader('<service-list>');
renderExamples(document.querySelector('#examples')!, serviceListExamples);
wireSwitches();
