export const bundleFile: string;
export function buildServer(): Promise<void>;
export function compile(entry: string, outfile: string, options?: { splitting?: boolean }): Promise<void>;
