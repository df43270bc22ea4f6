import { randomInt } from 'node:crypto';

// Join codes are read off a screen across a room and typed on phones: no letters or digits that look alike (0/O, 1/I/L).
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const joinCodeLength = 5;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < joinCodeLength; i++) code += alphabet[randomInt(alphabet.length)];
  return code;
}

/** What a person typed, as a code to look up: case, spaces and dashes ignored; undefined when it cannot be a code. */
export function normaliseJoinCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  return code.length === joinCodeLength && [...code].every((c) => alphabet.includes(c)) ? code : undefined;
}
