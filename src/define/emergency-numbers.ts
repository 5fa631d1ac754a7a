import { EmergencyNumbers } from '../components/emergency-numbers/emergency-numbers.js';
import { defineElement } from './define-element.js';

defineElement('emergency-numbers', EmergencyNumbers);
