import { QuickExit } from '../components/quick-exit/quick-exit.js';
import { defineElement } from './define-element.js';

defineElement('quick-exit', QuickExit);
