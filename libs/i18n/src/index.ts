export * from './languages';
export * from './namespaces';
export * from './negotiate';
