/**
 * The body of an image upload (`multipart/form-data` with one `file` field). openapi-typescript types binary
 * fields as strings; openapi-fetch sends a FormData body untouched and lets the browser set the boundary.
 */
export function fileUpload(file: Blob): { file: string } {
  const form = new FormData();
  form.append('file', file);
  return form as unknown as { file: string };
}
