export * from './document';
export * from './etag';
export * from './http-cache';
export * from './layered-cache';
export * from './preconditions';
export * from './single-flight';
export * from './version-store';
