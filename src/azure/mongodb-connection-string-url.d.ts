/**
 * The part of mongodb-connection-string-url (the MongoDB driver's own URI parser) that
 * destinations.ts reads. The package's ESM entry ships no types under NodeNext resolution, so its
 * lib/index.d.ts cannot be reached; this declares the same shapes.
 */
declare module 'mongodb-connection-string-url' {
  export class ConnectionString extends URL {
    constructor(uri: string, options?: { looseValidation?: boolean });
    /** The hosts as written, `host` or `host:port`; for mongodb+srv, the one service name. */
    get hosts(): string[];
    get isSRV(): boolean;
  }
}
