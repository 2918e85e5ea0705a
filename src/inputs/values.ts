/** Parsers for plain input values (booleans, numbers, one of a list), each error naming its input. */
import * as core from '@actions/core';
import { InputError, quote } from '../report/errors.ts';

/** A boolean input: true/false in the forms the toolkit accepts, `fallback` when empty. */
export function parseBoolean(input: string, fallback: boolean): boolean {
  if (core.getInput(input) === '') return fallback;
  try {
    return core.getBooleanInput(input);
  } catch {
    throw new InputError(input, `${quote(core.getInput(input))} is not true or false.`);
  }
}

/** A number of seconds up to `max`: over 0, or with `orZero` from 0 (0 turning something off). */
export function parseSeconds(input: string, value: string, max: number, orZero = false): number {
  const seconds = Number(value);
  const min = orZero ? 0 : 1;
  if (value.trim() === '' || !Number.isFinite(seconds) || (orZero ? seconds < 0 : seconds <= 0) || seconds > max) {
    throw new InputError(input, `${quote(value)} is not a number of seconds from ${min} to ${max}.`);
  }
  return seconds;
}

/** One of `choices`, compared case-insensitively, returned in its canonical spelling. */
export function parseChoice<T extends string>(input: string, value: string, choices: readonly T[]): T {
  const choice = choices.find((c) => c.toLowerCase() === value.toLowerCase());
  if (!choice) throw new InputError(input, `${quote(value)} is not one of ${choices.join(', ')}.`);
  return choice;
}
