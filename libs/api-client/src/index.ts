export { createApiClient, unwrap, type ApiClient, type ApiClientOptions } from './client';
export { ApiProblem, isApiProblem, type FieldError, type ProblemBody } from './problem';
export { fileUpload } from './upload';
export type * from './types';
export type { components, paths, operations } from './schema';
