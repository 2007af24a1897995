/** A text field of a submitted form ('' when absent), so a File can never sneak in as "[object File]". */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
