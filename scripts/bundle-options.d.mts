// Types of bundle-options.mjs (for the bench and the tests, which are TypeScript).
export declare const INTERNAL_PROPERTIES: readonly string[];
export declare const mangleProps: RegExp;
export declare const oneVscodeBinding: import('esbuild').Plugin;
export declare function compressFurther(code: string): Promise<string>;
export declare function buildMinified(esbuild: typeof import('esbuild'), options: import('esbuild').BuildOptions): Promise<import('esbuild').BuildResult>;
