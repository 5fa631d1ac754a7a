import { EmergencyNumbers } from '../components/emergency-numbers/emergency-numbers.js';
import { defineComposed } from './define-element.js';

defineComposed('emergency-numbers', EmergencyNumbers);
