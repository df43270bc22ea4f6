// Typed by the English file rather than catalogue.ts's Messages, which would make an import cycle (Biome noImportCycles).
import { cli as english } from '../en/cli.ts';

// Not translated yet: the command line is in English, like the facilitator area (docs/TRANSLATION.md).
export const cli: typeof english = english;
