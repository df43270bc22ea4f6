export const bundleFile: string;
export function buildServer(): Promise<void>;
export function compile(entry: string, outfile: string, options?: { splitting?: boolean }): Promise<void>;
export function buildClientAssets(dir: string): Promise<void>;
