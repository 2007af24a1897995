export * from './etag';
export * from './preconditions';
