import type { ComplexAttributeConverter } from 'lit';
import { say } from '../../console.js';

/**
 * An attribute converter for JSON objects that never throws: malformed JSON
 * is reported in the console and read as "no value".
 */
export function jsonObjectConverter<T extends object>(attributeName: string): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value: string | null): T | undefined {
      if (value == null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as T;
        say('warn', `The ${attributeName} attribute must be a JSON object; it was ignored.`);
      } catch (error) {
        say('warn', `The ${attributeName} attribute is not valid JSON; it was ignored.`, error);
      }
      return undefined;
    },
    toAttribute(value: T | undefined): string | null {
      return value === undefined ? null : JSON.stringify(value);
    },
  };
}
