import { ServiceCard } from '../components/service-card/service-card.js';
import { defineComposed } from './define-element.js';

defineComposed('service-card', ServiceCard);
